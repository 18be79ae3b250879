package org.huizong.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiaMItemsTest {

    @Test
    void listsEveryItemOnce() {
        List<String> items = GiaMItems.all();
        assertEquals(54 + 4 + 6 + 10 + 175 + 15, items.size());
        assertEquals(items.size(), new HashSet<>(items).size());
    }

    @Test
    void usesTheCodesOfTheFormDescription() {
        List<String> items = GiaMItems.all();
        for (String item : List.of(
                "T1.A01.K1",
                "T1.A09.K6",
                "T1.B04.V",
                "T1.D06.V",
                "T2.G1.M3",
                "T2.G6.M5",
                "T3.R01.C1",
                "T3.R25.C7",
                "T4.RV.1",
                "T4.LR.5")) {
            assertTrue(items.contains(item), item);
        }
        assertEquals("T1.A01.K1", items.get(0));
        assertEquals("T4.LR.5", items.get(items.size() - 1));
    }
}
