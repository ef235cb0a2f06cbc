package org.cabinet.records.internal.billing;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.cabinet.api.billing.BillableAct.Nomenclature;

/** One dated row of the clinic's tariff table, as stored: never changed once written. Never leaves this bundle. */
@Entity
@Table(name = "rec_tariff")
public class TariffEntity {

    @Id
    private String id;
    private String code;
    private String nomenclature;
    @Column(name = "label_en")
    private String labelEnglish;
    @Column(name = "label_fr")
    private String labelFrench;
    @Column(name = "price_cents")
    private long priceCents;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "created_us")
    private long createdUs;
    @Column(name = "created_by")
    private String createdBy;

    protected TariffEntity() {
    }

    TariffEntity(String id, Tariff tariff, long createdUs, String createdBy) {
        this.id = id;
        this.code = tariff.code();
        this.nomenclature = tariff.nomenclature().name();
        this.labelEnglish = tariff.labelEnglish();
        this.labelFrench = tariff.labelFrench();
        this.priceCents = tariff.priceCents();
        this.validFrom = tariff.validFrom();
        this.createdUs = createdUs;
        this.createdBy = createdBy;
    }

    Tariff tariff() {
        return new Tariff(code, Nomenclature.valueOf(nomenclature), labelEnglish, labelFrench, priceCents, validFrom,
                Tariff.CORE);
    }
}
