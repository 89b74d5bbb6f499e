using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Web.Components.Controls.Chart;

/// <summary>
/// A <see cref="ChartSpec"/> on its way to js/charts.js, written with serializer options the whole app shares. JS interop
/// writes with options each circuit makes for itself (their converters hold the circuit), so every open page would
/// otherwise build and keep its own accessors for the spec's types: about sixty compiled methods a circuit.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed record ChartSpecArgument(ChartSpec Spec)
{
    // The names JS interop would give: camel case.
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web);

    private sealed class Converter : JsonConverter<ChartSpecArgument>
    {
        public override ChartSpecArgument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => throw new NotSupportedException("A chart spec only goes to the browser.");

        public override void Write(Utf8JsonWriter writer, ChartSpecArgument value, JsonSerializerOptions options)
            => JsonSerializer.Serialize(writer, value.Spec, s_options);
    }
}
