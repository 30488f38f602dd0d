using System.Text.Encodings.Web;
using Cooperation.GraphQL.Documents;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Errors;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;

namespace Cooperation.GraphQL.Hosting;

/// <summary>Registers the schema and how it executes.</summary>
public static class GraphQLExtensions
{
    /// <summary>Largest nesting a query may have; the deepest real screen needs about 6.</summary>
    public const int MaxDepth = 12;

    /// <summary>
    /// Largest complexity a query may have. A partnership's first sync (10 shipments of 50 items, 50 milestones,
    /// 20 reports, with realistic list sizes declared per field) costs about 5,000; hostile queries cost millions.
    /// </summary>
    public const int MaxComplexity = 20_000;

    public static IServiceCollection AddCooperationGraphQL(this IServiceCollection services)
    {
        // Before AddGraphQL, which registers its own validator only where none is.
        services.AddSingleton<IDocumentValidator>(new RepeatedReadValidator(new DocumentValidator()));
        services.AddGraphQL(graphql => graphql
            .AddSchema<CooperationSchema>()
            .AddGraphTypes(typeof(CooperationSchema).Assembly)
            .AddSystemTextJson(json =>
                // French text is most of every answer: "é" stays 2 bytes instead of the 6 of "\u00E9".
                // Safe here because answers are JSON documents, never inlined into HTML.
                json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            // Anyone may run the web client's registered operations by id; GraphQL text needs a signed-in caller.
            .ConfigureExecution<QueryTextPolicy>()
            .ConfigureExecution<CooperationPersistedDocumentHandler>()
            // The web client's operations are parsed and validated once, then taken from here.
            .ConfigureExecution<PersistedDocumentCache>()
            // Too many selections or aliases are refused on the parsed document, before validation (n² in the selections).
            .ConfigureExecution<DocumentLimits>()
            // Who may ask for what is checked before execution, for every field (Schema/Access).
            .AddValidationRule<AccessValidationRule>(useForCachedDocuments: true)
            // A hostile query (deep nesting, huge lists) is refused at validation, before any grain is called.
            .AddComplexityAnalyzer(options =>
            {
                options.MaxDepth = MaxDepth;
                options.MaxComplexity = MaxComplexity;
            })
            // A document's complexity depends on its variables (first: $n): checked again when it comes from the cache.
            .ConfigureExecutionOptions(options =>
            {
                options.CachedDocumentValidationRules = (options.CachedDocumentValidationRules ?? [])
                    .Append(options.RequestServices!.GetRequiredService<ComplexityValidationRule>());
                // Domain and Orleans failures become errors with a code (GrainErrors), without a wrapper around every field.
                options.UnhandledExceptionDelegate = GrainErrors.TranslateAsync;
            })
            .WithTimeout(TimeSpan.FromSeconds(30))
            .AddErrorInfoProvider(options =>
            {
                options.ExposeCodes = false;
                options.ExposeData = false;
            }));
        return services;
    }
}
