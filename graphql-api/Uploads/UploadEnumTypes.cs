using Cooperation.Grains.Uploads;

namespace Cooperation.GraphQL.Uploads;

/// <summary>Where a photo upload stands.</summary>
public sealed class UploadStatusType : EnumerationGraphType<UploadStatus>
{
    public UploadStatusType()
    {
        Name = "UploadStatus";
        Description = "État d'un envoi de photo : annoncé (blocs attendus), enregistré (complet, ne change plus), expiré (7 jours sans fin, à recommencer). / Photo upload status: announced (blocks expected), committed (complete, never changes), expired (7 days unfinished, restart it).";
    }
}
