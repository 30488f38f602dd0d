namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>A second process tried to use a data folder that another one holds.</summary>
public sealed class DataDirectoryInUseException(string path, Exception inner) : IOException(
    $"Les données de {path} sont déjà utilisées par un autre processus Cooperation (./run est-il déjà lancé ?) : " +
    "arrêtez-le, ou choisissez un autre dossier avec Cooperation__Storage__Directory. / " +
    $"The data in {path} is already in use by another Cooperation process (is ./run already running?): " +
    "stop it, or choose another folder with Cooperation__Storage__Directory.",
    inner)
{
    /// <summary>The folder another process holds.</summary>
    public string DataPath { get; } = path;
}
