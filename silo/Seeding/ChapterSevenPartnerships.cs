using Cooperation.Grains.Partnerships;
using static Cooperation.Grains.Partnerships.PartnershipSide;

namespace Cooperation.Silo.Seeding;

/// <summary>
/// The five partnerships of chapter 7 (initiatives 23–27) of the OTeN note de synthèse « Les solidarités numériques »:
/// parties, third partners and themes as the note states them; milestones drawn from each initiative's description.
/// </summary>
/// <remarks>
/// Start dates: the Grand Chalon convention was signed in December 2005 (initiative 25); Castres-Mazamet had run its
/// project "for more than 3 years" when the note was written; the other dates place the partnerships in the same years.
/// </remarks>
public static class ChapterSevenPartnerships
{
    private static Party Authority(string name, string country) => new(name, country, "Collectivité territoriale");

    public static IReadOnlyList<SeedPartnership> All { get; } =
    [
        new(
            "cerenum",
            "Cérénum — Le Havre / Saint-Louis du Sénégal",
            "Cellule régionale du numérique abritée par l'Agence régionale de développement (ARD) de Saint-Louis : expertise TIC pour les acteurs territoriaux, e-administration au service du citoyen et e-tourisme.",
            Authority("Ville du Havre", "France"),
            new Party("Région de Saint-Louis — Agence régionale de développement (ARD)", "Sénégal", "Collectivité territoriale"),
            [new Party("CIRTAI, Université du Havre", "France", "Équipe de recherche-action")],
            ["e-administration", "e-tourisme", "bornes Wi-Fi", "formation"],
            new DateOnly(2008, 1, 15),
            [
                new("Créer la Cérénum au sein de l'ARD de Saint-Louis", "Mise en place de la cellule régionale de planification stratégique pour le développement numérique.", Joint, new(2008, 1, 15), new(2008, 12, 31), Completed: true),
                new("Former les acteurs territoriaux aux TIC", "Formations pour les collectivités locales, la société civile et les agents économiques de la Région.", Joint, new(2025, 9, 1), new(2026, 12, 15), Progress: 60),
                new("Installer des bornes Wi-Fi dans la Région", "Favoriser le déploiement du réseau sur le territoire de la Région de Saint-Louis.", South, new(2026, 1, 10), new(2027, 3, 31), Progress: 25),
                new("Ouvrir les services d'e-administration au citoyen", "Accompagner les collectivités de la Région vers l'e-administration au service du citoyen.", South, new(2026, 3, 1), new(2027, 6, 30)),
                new("Lancer le portail d'e-tourisme régional", "Accompagner le développement économique régional par l'e-tourisme.", Joint, null, new(2027, 10, 31)),
            ]),
        new(
            "sig-guediawaye",
            "SIG Guédiawaye — Castres-Mazamet / Guédiawaye",
            "Les TIC au service du développement local durable de Guédiawaye : système d'information géographique, portail associatif, démocratie participative dans le sillage de l'Agenda 21 local.",
            Authority("Communauté d'agglomération de Castres-Mazamet", "France"),
            Authority("Ville de Guédiawaye", "Sénégal"),
            [new Party("LISST-CIEU, Université de Toulouse II – Le Mirail (eAtlas francophone de l'Afrique de l'Ouest)", "France", "Équipe de recherche-action")],
            ["SIG", "portail associatif", "démocratie participative", "Agenda 21", "formation des ONG"],
            new DateOnly(2007, 3, 1),
            [
                new("Mettre en ligne le portail associatif", "Portail au service des acteurs territoriaux, institutionnels, de la société civile et des acteurs académiques.", Joint, new(2007, 3, 1), new(2008, 6, 30), Completed: true),
                new("Moderniser les services communaux avec le SIG", "Système d'information géographique pour l'organisation communale de Guédiawaye.", South, new(2025, 10, 1), new(2026, 12, 31), Progress: 45),
                new("Informer les citoyens des projets communaux par le portail", "Faciliter la communication entre les élus et les citoyens (démocratie participative).", South, new(2026, 2, 1), new(2027, 2, 28), Progress: 10),
                new("Former les citoyens et les ONG locales aux TIC", "Politique d'insertion : formation des citoyens et des acteurs des ONG locales à l'usage des TIC.", Joint, new(2026, 4, 1), new(2027, 4, 30)),
                new("Produire des contenus territoriaux de proximité", "Contenus produits avec le réseau de l'Agenda 21 local et les ateliers participatifs.", South, null, new(2027, 9, 30)),
            ]),
        new(
            "e-administration-plateau",
            "e-Administration — Grand Chalon / Communes du Plateau",
            "Transfert et adaptation au contexte béninois des applications d'e-administration du Grand Chalon : informatisation des services communaux, accès à Internet des mairies, suivi à distance par rapports d'avancement et missions de terrain.",
            Authority("Communauté d'agglomération du Grand Chalon", "France"),
            Authority("Communauté des communes du Plateau", "Bénin"),
            [
                new Party("Lycée agricole de Chalon-sur-Saône", "France", "Établissement scolaire"),
                new Party("Lycée agricole des Communes du Plateau", "Bénin", "Établissement scolaire"),
            ],
            ["aménagement du territoire", "informatisation des services communaux", "accès à Internet des mairies", "suivi à distance"],
            new DateOnly(2005, 12, 1),
            [
                new("Signer la convention de partenariat", "Convention entre les collectivités française et béninoises, issue du partenariat des deux lycées agricoles.", Joint, null, new(2005, 12, 31), Completed: true),
                new("Informatiser les services communaux", "Transfert des applications d'e-administration du Grand Chalon, adaptées au contexte béninois.", South, new(2025, 6, 1), new(2026, 12, 31), Progress: 70),
                new("Raccorder les mairies des cinq communes à Internet", "Développer l'accès à Internet des mairies de la Communauté des communes du Plateau.", South, new(2026, 1, 15), new(2027, 6, 30), Progress: 20),
                new("Transmettre les rapports d'avancement du semestre", "Suivi à distance par transmission régulière de rapports d'avancement, qui favorise l'implication des agents.", South, new(2026, 7, 1), new(2026, 12, 31)),
                new("Mission de terrain des cadres et experts du Grand Chalon", "Suivi sur le terrain béninois et réflexion politique et stratégique entre les élus des deux côtés.", North, new(2027, 2, 1), new(2027, 2, 15)),
            ]),
        new(
            "libriciels-figuig",
            "Libriciels — Seine-Saint-Denis / Figuig",
            "Logiciels libres pour la gestion administrative de la commune de Figuig : deux serveurs sécurisés et redondants fournis par le Département, cinq « libriciels » métier mis en place par l'ADULLACT.",
            Authority("Conseil général de la Seine-Saint-Denis", "France"),
            Authority("Commune de Figuig", "Maroc"),
            [new Party("ADULLACT", "France", "Association")],
            ["logiciels libres", "gestion administrative", "serveurs redondants"],
            new DateOnly(2008, 9, 1),
            [
                new("Livrer deux serveurs sécurisés et redondants", "Contribution du Conseil général de la Seine-Saint-Denis.", North, new(2008, 9, 1), new(2009, 3, 31), Completed: true),
                new("Mettre en service la gestion du courrier", "Libriciel élaboré par la Ville d'Arles.", Joint, new(2009, 4, 1), new(2009, 12, 31), Completed: true),
                new("Mettre en service la gestion des subventions et des délibérations", "Libriciels de l'Association des maires de la Haute-Savoie et du Conseil général des Pyrénées-Orientales.", Joint, new(2025, 11, 1), new(2026, 12, 31), Progress: 50),
                new("Mettre en service la gestion du temps de travail et la réservation des ressources", "Libriciels de la commune d'Échirolles et de la Ville de Poitiers.", Joint, new(2026, 6, 1), new(2027, 6, 30)),
                new("Former les agents de Figuig aux libriciels", "Appropriation par les agents et constitution d'une intelligence collective locale.", South, null, new(2027, 9, 30)),
            ]),
        new(
            "seneclic",
            "Sénéclic — Besançon / Sénégal",
            "Reconditionnement et réemploi du matériel informatique pour équiper de salles multimédia les écoles du Sénégal ; le reconditionnement emploie des personnes handicapées ; formation TICE des enseignants.",
            Authority("Ville de Besançon", "France"),
            new Party("État du Sénégal (écoles)", "Sénégal", "État"),
            [],
            ["reconditionnement", "réemploi", "salles multimédia", "insertion", "TICE"],
            new DateOnly(2007, 10, 1),
            [
                new("Reconditionner le lot d'ordinateurs de l'année", "Atelier de reconditionnement qui emploie des personnes handicapées.", North, new(2026, 1, 5), new(2026, 12, 15), Progress: 80),
                new("Former les équipes locales au reconditionnement", "Techniques du recyclage des ordinateurs, transmises aux équipes sénégalaises.", Joint, new(2026, 3, 1), new(2026, 12, 31), Progress: 30),
                new("Équiper les salles multimédia des écoles", "Installation des ordinateurs reconditionnés dans les écoles bénéficiaires.", South, new(2026, 9, 1), new(2027, 6, 30)),
                new("Former les enseignants animateurs TICE", "Échanges réguliers entre les animateurs TICE de Besançon et leurs homologues du Sénégal.", Joint, new(2027, 1, 10), new(2027, 7, 15)),
            ]),
    ];
}
