using Microsoft.JSInterop;

namespace Dashboard.Web.Utils;

internal static class JSInteropHelpers
{
    /// <summary>Disposes a JS module, ignoring the error a dropped circuit raises: the browser side is already gone.</summary>
    public static async ValueTask SafeDisposeAsync(IJSObjectReference? module)
    {
        if (module is null)
        {
            return;
        }
        try
        {
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
    }
}
