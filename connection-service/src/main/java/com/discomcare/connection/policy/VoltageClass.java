package com.discomcare.connection.policy;

import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;

import java.math.BigDecimal;

/**
 * The classes the charters set time limits by: residential and commercial low tension ({@code LT}), LT industrial,
 * HT and EHV.
 */
public enum VoltageClass {
    LT, LT_INDUSTRIAL, HT, EHV;

    /** Low tension supplies loads up to 50 kW (docs/domain.md: HT industrial is above 50 kW). */
    public static final BigDecimal LT_SUPPLY_UP_TO_KW = BigDecimal.valueOf(50);

    /**
     * The class of a connection: LT industrial for that category; HT for the HT category, a load in kVA and any
     * other load above 50 kW; LT otherwise. No category of an application is EHV: the policy's EHV rows apply where
     * a caller names the class.
     */
    public static VoltageClass of(ConnectionCategory category, BigDecimal load, LoadUnit unit) {
        if (category == ConnectionCategory.LT_INDUSTRIAL) {
            return LT_INDUSTRIAL;
        }
        boolean beyondLowTension = unit == LoadUnit.KVA || (load != null && load.compareTo(LT_SUPPLY_UP_TO_KW) > 0);
        return category == ConnectionCategory.HT || beyondLowTension ? HT : LT;
    }
}
