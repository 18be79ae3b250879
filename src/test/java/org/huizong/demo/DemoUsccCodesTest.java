package org.huizong.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.huizong.unit.Uscc;
import org.junit.jupiter.api.Test;

class DemoUsccCodesTest {

    @Test
    void organisationCodeCheckCharacterFollowsGb11714() {
        // weights 3,7,9,10,5,8,4,2 over 1,2,3,4,5,6,7,8 give 201; 11 - 201 mod 11 = 8
        assertEquals('8', DemoUsccCodes.organisationCheckCharacter("12345678"));
        // 0 sum gives 11 -> '0'
        assertEquals('0', DemoUsccCodes.organisationCheckCharacter("00000000"));
    }

    @Test
    void generatedGovernmentCodesAreValidAndWellFormed() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            String uscc = DemoUsccCodes.randomGovernmentOrgan("990102", random);
            assertTrue(Uscc.hasValidCheckCharacter(uscc), uscc);
            assertTrue(uscc.startsWith("11990102"), uscc);
            assertEquals(DemoUsccCodes.organisationCheckCharacter(uscc.substring(8, 16)), uscc.charAt(16), uscc);
        }
    }

    @Test
    void wrongCheckCharacterIsAlwaysInvalid() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            String uscc = DemoUsccCodes.randomGovernmentOrgan("990100", random);
            String wrong = DemoUsccCodes.withWrongCheckCharacter(uscc);
            assertEquals(uscc.substring(0, 17), wrong.substring(0, 17));
            assertFalse(Uscc.hasValidCheckCharacter(wrong), wrong);
        }
    }
}
