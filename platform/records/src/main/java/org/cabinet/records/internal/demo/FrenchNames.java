package org.cabinet.records.internal.demo;

import java.util.List;

/** Names common in France, for demo data that looks like a practice's patient list. */
final class FrenchNames {

    static final List<String> FAMILY = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller", "Lefebvre",
            "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
            "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
            "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour",
            "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier",
            "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
            "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
            "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
            "Le Gall", "Le Goff", "N'Diaye", "Nguyen", "Haddad", "Benali", "Da Silva", "Ferreira", "Kervella", "Ollivier");

    static final List<String> WOMEN = List.of("Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie",
            "Isabelle", "Sylvie", "Anne", "Christine", "Sophie", "Martine", "Valérie", "Sandrine", "Céline", "Julie",
            "Aurélie", "Émilie", "Camille", "Léa", "Manon", "Chloé", "Inès", "Emma", "Jade", "Louise", "Alice", "Zoé",
            "Hélène", "Brigitte", "Nadia", "Fatima", "Élodie", "Laëtitia", "Océane", "Maëlys", "Agnès", "Noémie");

    static final List<String> MEN = List.of("Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard",
            "Jacques", "Daniel", "Patrick", "Nicolas", "Christophe", "Stéphane", "Sébastien", "Julien", "Thomas",
            "Antoine", "Maxime", "Lucas", "Hugo", "Louis", "Gabriel", "Raphaël", "Arthur", "Jules", "Léo", "Noé",
            "François", "Benoît", "Jérôme", "Karim", "Mohamed", "Yannick", "Loïc", "Gaël", "Mathéo", "Éric");

    /** INSEE codes of communes across France (Corsica included), with their department as the NIR writes it */
    static final List<String> BIRTHPLACES = List.of("75056", "69123", "13055", "31555", "06088", "44109", "67482",
            "34172", "33063", "59350", "35238", "51454", "76540", "42218", "83137", "38185", "21231", "49007",
            "14118", "29019", "2A004", "2B033", "97411", "64445", "87085", "63113", "25056", "56260", "22278", "80021");

    static final List<String> REASONS = List.of("Renouvellement d'ordonnance", "Fièvre depuis 3 jours",
            "Douleurs lombaires", "Toux persistante", "Suivi tension artérielle", "Certificat de sport", "Angine",
            "Suivi diabète", "Vaccination", "Maux de tête", "Douleur abdominale", "Bilan annuel", "Éruption cutanée",
            "Entorse de la cheville", "Fatigue", "Otite", "Suivi grossesse", "Insomnie", "Gastro-entérite", "Lombalgie");

    private FrenchNames() {
    }
}
