using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Data.Entities;

namespace Dashboard.Data.Seeding;

/// <summary>Reads the JSON seed files strictly: an unknown property, a missing required one or a bad value names the file, line and JSON path.</summary>
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
            throw new SeedDataException(new SeedFailure(relativePath, null, SeedProblem.Missing), new FileNotFoundException(null, path));
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, s_options)
                ?? throw new SeedDataException(new SeedFailure(relativePath, null, SeedProblem.Empty));
        }
        catch (JsonException ex)
        {
            // The JSON message names .NET types; the line and the JSON path are what a seed file's editor needs.
            throw new SeedDataException(new SeedFailure(relativePath, (int?)ex.LineNumber + 1, SeedProblem.InvalidValue, ex.Path), ex);
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
