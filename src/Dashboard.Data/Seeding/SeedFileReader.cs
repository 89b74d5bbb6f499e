using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Data.Entities;

namespace Dashboard.Data.Seeding;

/// <summary>Reads the JSON seed files strictly: an unknown property, a missing required one or a bad value names the file and line.</summary>
internal sealed class SeedFileReader(string seedDirectory)
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new QualifierJsonConverter(), new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public T Read<T>(string relativePath)
    {
        var path = Path.Combine(seedDirectory, relativePath);
        if (!File.Exists(path))
        {
            throw new SeedDataException($"Seed file {relativePath} was not found under {seedDirectory}.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, s_options)
                ?? throw new SeedDataException($"Seed file {relativePath} is empty.");
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } n ? $" line {n + 1}" : "";
            throw new SeedDataException($"Seed file {relativePath}{line}: {ex.Message}", ex);
        }
    }

    /// <summary>Qualifiers are written in the seed files as in the published table: "=", ">" and ">=".</summary>
    private sealed class QualifierJsonConverter : JsonConverter<Qualifier>
    {
        public override Qualifier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.GetString() switch
            {
                "=" => Qualifier.Exact,
                ">" => Qualifier.MoreThan,
                ">=" => Qualifier.AtLeast,
                var other => throw new JsonException($"'{other}' is not a qualifier; use \"=\", \">\" or \">=\"."),
            };

        public override void Write(Utf8JsonWriter writer, Qualifier value, JsonSerializerOptions options)
            => writer.WriteStringValue(value switch
            {
                Qualifier.MoreThan => ">",
                Qualifier.AtLeast => ">=",
                _ => "=",
            });
    }
}
