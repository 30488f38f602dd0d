// GraphQL-over-HTTP endpoint for GraphQL.NET.
//
// This stands in for GraphQL.Server.Transports.AspNetCore's GraphQLHttpMiddleware, which is not served
// by the package feed of this project. It implements the GraphQL-over-HTTP spec (graphql/graphql-over-http,
// the pre-April-2026 text that the graphql-http audits check): GET and POST, application/json requests,
// Accept negotiation between application/graphql-response+json and application/json, and the status codes
// tied to each. tests/graphql-http-audit/audit.mjs runs the graphql-http conformance audits against it.
// Batched requests, multipart uploads, WebSockets and SSE are not handled.

using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace Cooperation.GraphQL.Http;

/// <summary>Handles one GraphQL-over-HTTP request; one instance per mapped endpoint.</summary>
internal sealed class GraphQLEndpoint(GraphQLEndpointOptions options, ILogger logger)
{
    // Pre-serialized: this answer must not depend on the serializer, which may be what just failed.
    private static readonly byte[] InternalErrorBody =
        """{"errors":[{"message":"Erreur interne du serveur / Internal server error","extensions":{"code":"INTERNAL"}}]}"""u8.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        try
        {
            await HandleCoreAsync(context, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to read an answer.
        }
        catch (BadHttpRequestException ex)
        {
            // The body ended before its announced length: the link dropped mid-request, as it does on EDGE. Nothing
            // ran; the client sends the same actions again. Not an error of ours, so no stack trace in the logs.
            logger.LogInformation("GraphQL request {Method} {Path} ended early: {Reason}", context.Request.Method, context.Request.Path, ex.Message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "GraphQL request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            await WriteInternalErrorAsync(context);
        }
    }

    private async Task HandleCoreAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var httpRequest = context.Request;
        var isGet = HttpMethods.IsGet(httpRequest.Method);
        if (!isGet && !HttpMethods.IsPost(httpRequest.Method))
        {
            await GraphQLRequestError.MethodNotAllowed().WriteAsync(context, GraphQLMediaTypes.Json);
            return;
        }

        if (!isGet && MediaTypeNegotiation.CheckRequestContentType(httpRequest.ContentType) is { } contentTypeError)
        {
            await contentTypeError.WriteAsync(context, GraphQLMediaTypes.Json);
            return;
        }

        // The request decompression middleware removes the Content-Encoding it decoded: one still here has no decoder.
        if (!isGet && httpRequest.Headers.ContentEncoding.Count > 0)
        {
            await GraphQLRequestError.UnsupportedMediaType(
                "Content-Encoding non pris en charge : br ou gzip / Unsupported Content-Encoding: use br or gzip")
                .WriteAsync(context, GraphQLMediaTypes.Json);
            return;
        }

        // The answer depends on Accept: tell caches so, before any early return below. Accept-Encoding is named here
        // too, so that the compression middleware finds it and adds no second Vary line.
        context.Response.Headers.Vary = "Accept, Accept-Encoding";
        if (MediaTypeNegotiation.SelectResponseMediaType(httpRequest.Headers.Accept) is not { } mediaType)
        {
            await GraphQLRequestError.NotAcceptable().WriteAsync(context, GraphQLMediaTypes.Json);
            return;
        }

        var serializer = context.RequestServices.GetRequiredService<IGraphQLSerializer>();
        var read = isGet
            ? GraphQLRequestReader.ReadGet(httpRequest, serializer)
            : await GraphQLRequestReader.ReadPostAsync(httpRequest, serializer, options.MaxRequestBodyBytes, cancellationToken);
        if (read.Error is { } readError)
        {
            await readError.WriteAsync(context, mediaType);
            return;
        }

        var result = await ExecuteAsync(context, read.Request!, isGet, cancellationToken);
        var status = GraphQLStatusCodes.For(result, mediaType);

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        if (status == StatusCodes.Status405MethodNotAllowed
            && result.Errors?.Any(e => e is HttpGetOperationNotAllowedError) == true)
        {
            response.Headers.Allow = "POST";
        }

        // Whole answers are buffered (they are small: the complexity limit bounds them): the ETag needs the bytes,
        // and a Content-Length costs fewer bytes on the wire than chunked framing.
        using var body = new MemoryStream();
        await serializer.WriteAsync(body, result, cancellationToken);
        var bytes = new ReadOnlyMemory<byte>(body.GetBuffer(), 0, (int)body.Length);
        if (isGet && status == StatusCodes.Status200OK && ResponseETag.Apply(context, bytes.Span))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentType = null;
            return;
        }

        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellationToken);
    }

    private Task<ExecutionResult> ExecuteAsync(
        HttpContext context, GraphQLRequest request, bool isGet, CancellationToken cancellationToken)
    {
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = cancellationToken,
        };

        if (isGet)
        {
            // Rules added later with AddValidationRule<T>() append to these lists, so nothing is lost.
            executionOptions.ValidationRules = HttpGetValidationRule.ValidationRules;
            executionOptions.CachedDocumentValidationRules = HttpGetValidationRule.CachedDocumentValidationRules;
        }

        if (options.BuildUserContext is { } buildUserContext)
        {
            executionOptions.UserContext = buildUserContext(context);
        }

        options.ConfigureExecution?.Invoke(context, executionOptions);

        // IDocumentExecuter<ISchema> takes the schema registered by AddSchema<TSchema>() from DI.
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        return executer.ExecuteAsync(executionOptions);
    }

    private static async Task WriteInternalErrorAsync(HttpContext context)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            // Part of a body is already out and the status cannot change any more: cut the connection
            // so the client sees a failure instead of a truncated JSON document with a 200.
            context.Abort();
            return;
        }

        response.Clear();
        response.StatusCode = StatusCodes.Status500InternalServerError;
        response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
        response.ContentLength = InternalErrorBody.Length;
        try
        {
            await response.Body.WriteAsync(InternalErrorBody, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
    }
}
