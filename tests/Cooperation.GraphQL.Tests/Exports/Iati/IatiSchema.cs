using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Cooperation.GraphQL.Tests.Exports.Iati;

/// <summary>The IATI 2.03 activity schema, read from the copies beside the tests (no network), and what a file breaks of it.</summary>
public static class IatiSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Every validation error and warning of the file, empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(byte[] file)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(file), settings);
        while (reader.Read())
        {
        }
        return problems;
    }

    /// <summary>The file, parsed, once it validates.</summary>
    public static XDocument Valid(byte[] file)
    {
        var problems = Problems(file);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        return XDocument.Load(new MemoryStream(file));
    }

    private static XmlSchemaSet Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Exports", "Iati", "schema");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = new LocalFilesOnly() };
        var set = new XmlSchemaSet { XmlResolver = new LocalFilesOnly() };
        using var reader = XmlReader.Create(Path.Combine(folder, "iati-activities-schema.xsd"), settings);
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    /// <summary>Resolves iati-common.xsd and xml.xsd beside the activity schema, and refuses anything on a network.</summary>
    private sealed class LocalFilesOnly : XmlUrlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.IsFile
                ? base.GetEntity(absoluteUri, role, ofObjectToReturn)
                : throw new XmlException($"The schema asks for {absoluteUri}: the tests validate offline.");
    }
}
