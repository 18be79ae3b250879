package org.huizong.demo;

import java.util.random.RandomGenerator;
import org.huizong.unit.Uscc;

/**
 * Realistic unified social credit codes for the demo city (统一社会信用代码, GB 32100-2015): registration authority, organisation kind,
 * 6-digit administrative division code, 9-character organisation code (GB 11714, with its own check
 * character) and the check character of {@link Uscc}.
 */
public final class DemoUsccCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private DemoUsccCodes() {}

    /** The GB 11714 check character of an organisation code body of 8 digits or capital letters. */
    public static char organisationCheckCharacter(String body8) {
        if (body8.length() != 8) {
            throw new IllegalArgumentException("expected 8 characters: " + body8);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body8.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * A complete code.
     *
     * @param authority  '1' for 机构编制 (organs and public institutions)
     * @param kind       '1' 机关, '2' 事业单位, …
     * @param adminCode  6-digit administrative division code
     * @param body8      the organisation code without its check character
     */
    public static String of(char authority, char kind, String adminCode, String body8) {
        if (adminCode.length() != 6) {
            throw new IllegalArgumentException("expected a 6-digit division code: " + adminCode);
        }
        String first17 = "" + authority + kind + adminCode + body8 + organisationCheckCharacter(body8);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** A government organ's code (机构编制, 机关) with a random organisation code. */
    public static String randomGovernmentOrgan(String adminCode, RandomGenerator random) {
        return of('1', '1', adminCode, randomBody(random));
    }

    /** A public institution's code (机构编制, 事业单位) with a random organisation code. */
    public static String randomPublicInstitution(String adminCode, RandomGenerator random) {
        return of('1', '2', adminCode, randomBody(random));
    }

    /** The same code with a different, hence wrong, last character. */
    public static String withWrongCheckCharacter(String uscc) {
        char right = Uscc.checkCharacter(uscc.substring(0, 17));
        char wrong = CHARSET.charAt((CHARSET.indexOf(right) + 7) % CHARSET.length());
        return uscc.substring(0, 17) + wrong;
    }

    private static String randomBody(RandomGenerator random) {
        // Organisation codes of organs typically start with 0; the rest is a serial number.
        return String.format("0%07d", random.nextInt(1_000_000, 10_000_000));
    }
}
