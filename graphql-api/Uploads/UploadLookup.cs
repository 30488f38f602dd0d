using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Uploads;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Uploads;

/// <summary>Turns a partnership id and a client-chosen upload id into an upload grain key, refusing malformed ones first.</summary>
public static class UploadLookup
{
    public const string TypeName = "Upload";

    public static string GlobalIdOf(string key) => GlobalId.Encode(TypeName, key);

    /// <summary>The path where blocks go (<c>/blocks/{index}</c> below it) and where the committed photo is read.</summary>
    public static string PathOf(string slug, string uploadId) => $"/uploads/{slug}/{uploadId}";

    /// <summary>The grain key, or null when either part cannot be one; the partnership may be a global id or a slug.</summary>
    public static string? TryKey(string? partnershipId, string? uploadId)
    {
        var slug = GlobalId.TryDecode(partnershipId) is (PartnershipLookup.PartnershipTypeName, var key) ? key : partnershipId;
        return PartnershipRules.IsValidSlug(slug) && UploadRules.IsValidUploadId(uploadId) ? UploadRules.KeyFor(slug!, uploadId!) : null;
    }

    public static string Key(string partnershipId, string uploadId) =>
        TryKey(partnershipId, uploadId) ?? throw ApiErrors.Validation(InvalidFr(partnershipId, uploadId), InvalidEn(partnershipId, uploadId));

    public static string InvalidFr(string? partnershipId, string? uploadId) =>
        $"« {partnershipId}/{uploadId} » ne peut pas identifier un envoi de photo (partenariat, puis 8 à 64 lettres, chiffres, « _ » ou « - »).";

    public static string InvalidEn(string? partnershipId, string? uploadId) =>
        $"'{partnershipId}/{uploadId}' cannot identify a photo upload (partnership, then 8 to 64 letters, digits, '_' or '-').";
}
