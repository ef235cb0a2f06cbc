package org.cabinet.security.internal.password;

import java.util.List;

/**
 * Long passwords common in France and in practices that the shipped (English) list misses: the keyboard is
 * AZERTY, and staff reach for the practice's words.
 */
final class FrenchCommonPasswords {

    static final List<String> LIST = List.of(
            "azertyuiop123", "azertyuiopqsdf", "azertyuiopqsdfghjklm", "azerty123456", "azerty1234567",
            "azertyazerty", "azertyuiop1234", "motdepasse123", "motdepasse1234", "motdepasse2024",
            "motdepasse2025", "motdepasse2026", "motdepassesecret", "jetaime123456", "soleil123456",
            "cabinetmedical", "cabinetmedical1", "cabinet123456", "docteur123456", "medecin123456",
            "secretariat123", "sagefemme1234", "infirmiere123", "bonjour123456", "doctolib12345",
            "123456789azerty", "azerty1234567890", "qsdfghjklm123");

    private FrenchCommonPasswords() {
    }
}
