using Microsoft.JSInterop;

namespace Dashboard.Web.Tests.Shared;

public static class DownloadsSetupHelpers
{
    /// <summary>The downloads module with strict interop: only its three exports are allowed.</summary>
    public static BunitJSModuleInterop SetupDownloadsModule(this BunitJSInterop jsInterop)
    {
        var module = jsInterop.SetupModule("./js/downloads.js");
        module.Mode = JSRuntimeMode.Strict;
        module.SetupVoid("downloadFile", _ => true).SetVoidResult();
        module.SetupVoid("downloadCanvasPng", _ => true).SetVoidResult();
        module.SetupVoid("printPage").SetVoidResult();
        return module;
    }

    /// <summary>
    /// The one call of <paramref name="identifier"/>, waited for: a menu item's handler awaits the table and the
    /// account's rights before it calls the module, so the call may come after the click returns.
    /// </summary>
    public static JSRuntimeInvocation WaitForCall(this BunitJSModuleInterop module, string identifier)
    {
        SpinWait.SpinUntil(() => module.Invocations.Any(i => i.Identifier == identifier), BunitContext.DefaultWaitTimeout);
        return Assert.Single(module.Invocations, i => i.Identifier == identifier);
    }

    /// <summary>The file name, content type and bytes of the one file the module was asked to save.</summary>
    public static (string FileName, string ContentType, byte[] Content) DownloadedFile(this BunitJSModuleInterop module)
    {
        var invocation = module.WaitForCall("downloadFile");
        var stream = (DotNetStreamReference)invocation.Arguments[2]!;
        // The reference disposes its stream after the call; a MemoryStream still gives up its bytes.
        return ((string)invocation.Arguments[0]!, (string)invocation.Arguments[1]!, ((MemoryStream)stream.Stream).ToArray());
    }
}
