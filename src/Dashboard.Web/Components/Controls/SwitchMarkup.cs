using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace Dashboard.Web.Components.Controls;

/// <summary>
/// A switch as the markup MudSwitch renders around a native checkbox, which the browser toggles itself: MudSwitch,
/// its input control and its label are three components the server would keep for every open page, for each switch.
/// </summary>
public static class SwitchMarkup
{
    /// <param name="receiver">The component that owns the switch: it renders again after a change.</param>
    /// <param name="className">Classes after the control's own, e.g. "chart-table-toggle".</param>
    /// <param name="testId">The input's data-testid.</param>
    public static RenderFragment Of(IHandleEvent receiver, bool value, EventCallback<bool> changed, string label, Color color, Size size,
        string? className = null, string? testId = null) => builder =>
    {
        var sized = size.ToString().ToLowerInvariant();
        var colour = color.ToString().ToLowerInvariant();
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-input-control mud-input-control-boolean-input" + (className is null ? "" : " " + className));
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "label");
        builder.AddAttribute(5, "class", "mud-switch mud-input-content-placement-end");
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", $"mud-switch-span mud-switch-span-{sized}");
        builder.OpenElement(8, "span");
        builder.AddAttribute(9, "class", "mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch "
            + (value ? $"mud-{colour}-text hover:mud-{colour}-hover mud-checked" : "mud-default-text hover:mud-default-hover") + $" mud-switch-base-{sized}");
        builder.OpenElement(10, "span");
        builder.AddAttribute(11, "class", "mud-switch-button");
        AddInput(builder, receiver, value, changed, testId);
        builder.OpenElement(21, "span");
        builder.AddAttribute(22, "class", $"mud-switch-thumb-{sized} d-flex align-center justify-center");
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
        builder.OpenElement(23, "span");
        builder.AddAttribute(24, "class", "mud-switch-track " + (value ? $"mud-{colour}" : "mud-default"));
        builder.CloseElement();
        builder.CloseElement();
        builder.OpenElement(25, "span");
        builder.AddAttribute(26, "class", "mud-typography mud-typography-body1");
        builder.AddContent(27, label);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    private static void AddInput(RenderTreeBuilder builder, IHandleEvent receiver, bool value, EventCallback<bool> changed, string? testId)
    {
        builder.OpenElement(12, "input");
        builder.AddAttribute(13, "tabindex", "0");
        builder.AddAttribute(14, "data-testid", testId);
        builder.AddAttribute(15, "role", "switch");
        builder.AddAttribute(16, "aria-checked", value ? "true" : "false");
        builder.AddAttribute(17, "type", "checkbox");
        builder.AddAttribute(18, "class", "mud-switch-input");
        builder.AddAttribute(19, "checked", value);
        builder.AddAttribute(20, "onchange", EventCallback.Factory.Create<ChangeEventArgs>(receiver, change => changed.InvokeAsync(change.Value is true)));
        builder.CloseElement();
    }
}
