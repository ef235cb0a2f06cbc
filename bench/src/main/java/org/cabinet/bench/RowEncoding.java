package org.cabinet.bench;

import java.time.LocalDate;

import org.cabinet.api.crypto.FieldCipher;

/** How a patient's protected fields reach their columns: as they are, or sealed by the field cipher. */
interface RowEncoding {

    /** The column values of one row; the three last are the protected ones. */
    record Row(String familyName, LocalDate birthDate, String nir, String nirIndex, String note) {
    }

    Row encode(SyntheticPatient patient);

    /** Reads a protected column back. */
    String open(String column);

    /** The value of the index column for a normalised NIR. */
    String index(String nir);

    /** The same table shape with the plaintext in the protected columns and the NIR itself as its index. */
    static RowEncoding plain() {
        return new RowEncoding() {
            @Override
            public Row encode(SyntheticPatient p) {
                return new Row(p.familyName(), p.birthDate(), p.nir(), p.nir(), p.note());
            }

            @Override
            public String open(String column) {
                return column;
            }

            @Override
            public String index(String nir) {
                return nir;
            }
        };
    }

    /** NIR and note sealed (AES-256-GCM), the NIR indexed by its blind index (HMAC-SHA-256), as Cabinet stores them. */
    static RowEncoding sealed(FieldCipher cipher) {
        return new RowEncoding() {
            @Override
            public Row encode(SyntheticPatient p) {
                return new Row(p.familyName(), p.birthDate(), cipher.encrypt(p.nir()), cipher.blindIndex(p.nir()),
                        cipher.encrypt(p.note()));
            }

            @Override
            public String open(String column) {
                return cipher.decrypt(column);
            }

            @Override
            public String index(String nir) {
                return cipher.blindIndex(nir);
            }
        };
    }
}
