using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Schema.Errors;
using GraphQL.PersistedDocuments;

namespace Cooperation.GraphQL.Documents;

/// <summary>The refusals about documents and document ids, French first, each with its HTTP status.</summary>
public static class DocumentErrors
{
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
    public const string DocumentNotFound = "DOCUMENT_NOT_FOUND";
    public const string DocumentIdInvalid = "DOCUMENT_ID_INVALID";
    public const string QueryAndDocumentId = "INVALID_REQUEST";

    /// <summary>Query text from someone not signed in, where only the client's registered operations are open to anyone.</summary>
    public static ExecutionError QueryTextNeedsSignIn() => new StatusExecutionError(
        "Sans connexion, seules les opérations enregistrées (documentId) sont acceptées : connectez-vous pour envoyer du texte GraphQL. / "
        + "Without signing in only registered operations (documentId) are accepted: sign in to send GraphQL text.",
        PersistedDocumentRequired, StatusCodes.Status401Unauthorized);

    /// <summary>A document with more selections or aliases than the API validates; 400, whoever sends it.</summary>
    public static ExecutionError TooLarge(int maxSelections, int maxAliases, bool selections) => new StatusExecutionError(selections
        ? $"Document GraphQL trop grand : plus de {maxSelections} sélections (champs et fragments, chaque fragment compté à chaque usage) ; découpez-le en plusieurs requêtes. / "
          + $"GraphQL document too large: more than {maxSelections} selections (fields and fragments, each fragment counted wherever it is spread); split it into several requests."
        : $"Document GraphQL trop grand : plus de {maxAliases} alias ; découpez-le en plusieurs requêtes. / "
          + $"GraphQL document too large: more than {maxAliases} aliases; split it into several requests.",
        ErrorCodes.DocumentTooLarge, StatusCodes.Status400BadRequest);

    /// <summary>GraphQL.NET's persisted-document errors, worded for our users, with the status each deserves.</summary>
    public static ExecutionError Translate(ExecutionError error) => error switch
    {
        // 404 as for any unknown resource: the client was built with an operation this server does not know
        // (an older or newer client); retrying the same id cannot succeed.
        DocumentNotFoundError => new StatusExecutionError(
            "Opération inconnue de ce serveur : mettez l'application à jour. / Unknown operation on this server: update the application.",
            DocumentNotFound, StatusCodes.Status404NotFound),
        DocumentIdInvalidError => new StatusExecutionError(
            "documentId doit être « sha256: » suivi de 64 chiffres hexadécimaux minuscules. / documentId must be 'sha256:' and 64 lower-case hex digits.",
            DocumentIdInvalid, StatusCodes.Status400BadRequest),
        InvalidRequestError => new StatusExecutionError(
            "Envoyez soit query, soit documentId, pas les deux. / Send either query or documentId, not both.",
            QueryAndDocumentId, StatusCodes.Status400BadRequest),
        DocumentIdMissingError => new StatusExecutionError(
            "Le paramètre documentId est requis. / The documentId parameter is required.",
            PersistedDocumentRequired, StatusCodes.Status400BadRequest),
        _ => error,
    };
}

/// <summary>GraphQL.NET's persisted-document handler, answering with <see cref="DocumentErrors"/>.</summary>
public sealed class CooperationPersistedDocumentHandler : PersistedDocumentHandler
{
    // Query text is not refused here but by QueryTextPolicy, which knows who is asking.
    public CooperationPersistedDocumentHandler() : base(new PersistedDocumentOptions { AllowOnlyPersistedDocuments = false })
    {
    }

    protected override ExecutionResult CreateExecutionResult(ExecutionError error) => new(DocumentErrors.Translate(error));
}
