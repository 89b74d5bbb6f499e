using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Web.Components.Account;

/// <summary>
/// The address of the browser a scope serves, for the audit log. Read when the scope starts: for a plain request from
/// that request, for a circuit from the connection that opens it (<see cref="ClientAddressCircuitHandler"/>), as a
/// circuit's later events carry no request to read it from.
/// </summary>
public sealed class ClientAddress(IHttpContextAccessor accessor)
{
    public string? Value { get; } = accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}

/// <summary>Takes <see cref="ClientAddress"/> while the circuit is being opened, when the connection's request is still at hand.</summary>
internal sealed class ClientAddressCircuitHandler(ClientAddress address) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _ = address.Value;
        return Task.CompletedTask;
    }
}
