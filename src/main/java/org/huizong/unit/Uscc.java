package org.huizong.unit;

/**
 * The 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet; the last is a check character
 * computed from the first 17 with weights 3^i mod 31.
 */
public final class Uscc {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {}

    /** Upper case, without spaces: how a code is compared. */
    public static String normalise(String written) {
        return written == null
                ? ""
                : java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFKC)
                        .replaceAll("\\s+", "")
                        .toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isWellFormed(String uscc) {
        if (uscc.length() != 18) {
            return false;
        }
        for (char c : uscc.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean hasValidCheckCharacter(String uscc) {
        return isWellFormed(uscc) && checkCharacter(uscc.substring(0, 17)) == uscc.charAt(17);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
