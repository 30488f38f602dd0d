namespace Cooperation.Grains.Funding.Applications.Commands;

/// <summary>Rédiger le dossier de candidature d'un partenariat à un appel (collectivité française).</summary>
[GenerateSerializer, Immutable]
public sealed record DraftFundApplication(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string PartnershipSlug,
    [property: Id(1)] ApplicationContent Content) : Command(ClientMutationId, Actor)
{
    public override string? Subject => PartnershipSlug;
}
