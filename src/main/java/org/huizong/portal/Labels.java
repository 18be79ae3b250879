package org.huizong.portal;

/** How statuses and severities read on the portal's pages. */
public final class Labels {

    private Labels() {
    }

    public static String status(String status) {
        if (status == null) {
            return "未报送";
        }
        return switch (status) {
            case "ACCEPTED" -> "已接收";
            case "ACCEPTED_WITH_WARNINGS" -> "已接收（有警告）";
            case "RETURNED" -> "退回";
            case "REJECTED" -> "拒收";
            case "MISSING" -> "未报送";
            case "DUPLICATE" -> "重复文件";
            case "PENDING" -> "待入库";
            case "REFUSED" -> "未保存";
            default -> status;
        };
    }

    public static String severity(String severity) {
        return switch (severity) {
            case "REJECT" -> "拒收";
            case "ERROR" -> "错误";
            case "WARNING" -> "警告";
            default -> "提示";
        };
    }

    /** The CSS class of a status or severity badge. */
    public static String tone(String statusOrSeverity) {
        if (statusOrSeverity == null) {
            return "grey";
        }
        return switch (statusOrSeverity) {
            case "ACCEPTED" -> "green";
            case "ACCEPTED_WITH_WARNINGS", "WARNING", "PENDING" -> "amber";
            case "RETURNED", "REJECTED", "ERROR", "REJECT", "REFUSED" -> "red";
            default -> "grey";
        };
    }
}
