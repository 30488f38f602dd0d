using Azure.Storage.Blobs;
using Cooperation.Silo.Hosting;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// <c>Cooperation.Silo import-blobs --from CONNECTION --to FOLDER</c>: moves an earlier <c>./run</c>'s data (kept in
/// Azurite) into the local-disk store. <c>./run</c> calls it once by itself (scripts/lib.sh, <c>move_azurite_data</c>).
/// </summary>
public static class BlobImportCommand
{
    public const string Verb = "import-blobs";

    /// <summary>Copies, checks, prints the counts; 0 when everything copied is on disk.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var from = Option(args, "--from");
        var to = Option(args, "--to");
        var defaults = new CooperationStorageOptions();
        if (from is null || to is null)
        {
            Console.Error.WriteLine(
                $"Usage : {Verb} --from <chaîne de connexion / connection string> --to <dossier / folder> " +
                "[--container grainstate] [--attachments attachments]");
            return 2;
        }

        using var target = new DataDirectory(to);
        var counts = await BlobImport.CopyAsync(
            new BlobServiceClient(from), target,
            Option(args, "--container") ?? defaults.ContainerName,
            Option(args, "--attachments") ?? defaults.AttachmentsContainerName,
            CancellationToken.None);

        Console.WriteLine(
            $"Copié dans / copied into {target.Path} : {counts.RecordsOnDisk}/{counts.Records} enregistrements d'état / grain records, " +
            $"{counts.PhotosOnDisk}/{counts.Photos} photos ; {counts.UnfinishedUploads} envois inachevés, dont le téléphone renverra les blocs / " +
            "unfinished uploads, whose blocks the phone sends again.");
        if (counts.Complete)
            return 0;
        Console.Error.WriteLine("La copie est incomplète : rien n'est marqué déplacé. / The copy is incomplete: nothing is marked moved.");
        return 1;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i + 1 < args.Count; i++)
            if (args[i] == name)
                return args[i + 1];
        return null;
    }
}
