package org.huizong.demo;

import java.util.List;

/** Name catalogues of the demo city: departments, county departments, counties and towns. */
final class UnitNames {

    /** A department kind: official name without place prefix, short form used in aliases, sector. */
    record Department(String name, String shortName, String category) {}

    /**
     * A county department kind.
     *
     * @param where        "ALL", "DISTRICT" (区 only) or "COUNTY" (县 only)
     * @param branch       "" (own bureau), "DISTRICT" (a branch of the city bureau in districts) or "ALL"
     * @param required     whether every county has one
     */
    record CountyDepartment(Department department, String where, String branch, boolean required) {}

    /** A county-level division of the city. */
    record County(String code, String name, boolean district) {

        /** "东城" for 东城区. */
        String shortName() {
            return name.substring(0, name.length() - 1);
        }
    }

    static final String CITY_CODE = "990100";
    static final String CITY_NAME = "示例市";
    static final String CITY_LEVEL = "市本级";

    static final List<County> COUNTIES = List.of(
            new County("990102", "东城区", true),
            new County("990103", "西湖区", true),
            new County("990105", "金沙区", true),
            new County("990121", "南山县", false),
            new County("990122", "北岭县", false),
            new County("990123", "青川县", false));

    static final Department GOVERNMENT_OFFICE = new Department("人民政府办公室", "政府办", "政府办");
    static final Department CLOSING = new Department("粮食和物资储备局", "粮储局", "粮食储备");
    static final Department OPENING = new Department("数据局", "数据局", "数据");

    static final List<Department> CITY_DEPARTMENTS = List.of(
            GOVERNMENT_OFFICE,
            new Department("发展和改革委员会", "发改委", "发展改革"),
            new Department("教育局", "教育局", "教育"),
            new Department("科学技术局", "科技局", "科技"),
            new Department("工业和信息化局", "工信局", "工业信息化"),
            new Department("公安局", "公安局", "公安"),
            new Department("民政局", "民政局", "民政"),
            new Department("司法局", "司法局", "司法"),
            new Department("财政局", "财政局", "财政"),
            new Department("人力资源和社会保障局", "人社局", "人社"),
            new Department("自然资源和规划局", "自然资源局", "自然资源"),
            new Department("生态环境局", "环保局", "生态环境"),
            new Department("住房和城乡建设局", "住建局", "住建"),
            new Department("交通运输局", "交通局", "交通"),
            new Department("水利局", "水利局", "水利"),
            new Department("农业农村局", "农业农村局", "农业农村"),
            new Department("商务局", "商务局", "商务"),
            new Department("文化广电和旅游局", "文旅局", "文旅"),
            new Department("卫生健康委员会", "卫健委", "卫生健康"),
            new Department("退役军人事务局", "退役军人局", "退役军人"),
            new Department("应急管理局", "应急局", "应急管理"),
            new Department("审计局", "审计局", "审计"),
            new Department("人民政府国有资产监督管理委员会", "国资委", "国资"),
            new Department("市场监督管理局", "市监局", "市场监管"),
            new Department("体育局", "体育局", "体育"),
            new Department("统计局", "统计局", "统计"),
            new Department("医疗保障局", "医保局", "医保"),
            new Department("城市管理综合执法局", "城管局", "城管"),
            new Department("林业局", "林业局", "林业"),
            new Department("政务服务管理局", "政务服务局", "政务服务"),
            new Department("信访局", "信访局", "信访"),
            new Department("人民防空办公室", "人防办", "人防"),
            new Department("机关事务管理局", "机关事务局", "机关事务"),
            new Department("地方金融管理局", "金融局", "金融"),
            new Department("民族宗教事务局", "民宗局", "民族宗教"),
            new Department("住房公积金管理中心", "公积金中心", "住房公积金"),
            CLOSING,
            OPENING);

    static final List<CountyDepartment> COUNTY_DEPARTMENTS = List.of(
            county("市场监督管理局", "市监局", "市场监管", "ALL", "", true),
            county("自然资源局", "自然资源局", "自然资源", "ALL", "DISTRICT", true),
            county("生态环境局", "环保局", "生态环境", "ALL", "ALL", true),
            county("公安局", "公安局", "公安", "ALL", "DISTRICT", true),
            county("住房和城乡建设局", "住建局", "住建", "ALL", "", true),
            county("人力资源和社会保障局", "人社局", "人社", "ALL", "", true),
            county("教育局", "教育局", "教育", "ALL", "", true),
            county("卫生健康局", "卫健局", "卫生健康", "ALL", "", true),
            county("财政局", "财政局", "财政", "ALL", "", true),
            county("司法局", "司法局", "司法", "ALL", "", true),
            county("发展和改革局", "发改局", "发展改革", "ALL", "", false),
            county("民政局", "民政局", "民政", "ALL", "", false),
            county("交通运输局", "交通局", "交通", "ALL", "", false),
            county("农业农村局", "农业农村局", "农业农村", "ALL", "", false),
            county("水利局", "水利局", "水利", "ALL", "", false),
            county("商务局", "商务局", "商务", "ALL", "", false),
            county("文化和旅游局", "文旅局", "文旅", "ALL", "", false),
            county("应急管理局", "应急局", "应急管理", "ALL", "", false),
            county("医疗保障局", "医保局", "医保", "ALL", "", false),
            county("退役军人事务局", "退役军人局", "退役军人", "ALL", "", false),
            county("统计局", "统计局", "统计", "ALL", "", false),
            county("城市管理局", "城管局", "城管", "DISTRICT", "", false),
            county("林业局", "林业局", "林业", "COUNTY", "", false),
            county("行政审批服务局", "审批局", "政务服务", "ALL", "", false));

    /** Town and street names, unique across the city. */
    static final List<String> TOWN_NAMES = List.of(
            "朝阳", "和平", "解放", "新华", "建设", "光明", "东湖", "白沙", "金桥", "南湖", "北关", "柳林", "桃源", "石门", "龙泉", "凤凰", "安乐", "长岭",
            "清水", "大河", "马场", "杨柳", "黄土", "高桥", "永安", "太平", "双河", "三江", "红旗", "松林", "梅岭", "竹园", "花溪", "云台", "望江", "临川",
            "古城", "新民", "丰收", "五里", "官庄", "李家", "沙坪", "河口", "关山", "铁佛", "枫林", "棠梨");

    /** The town that moves from 南山县 to 金沙区 mid-way. */
    static final String MOVING_TOWN = "青石";

    private UnitNames() {}

    private static CountyDepartment county(
            String name, String shortName, String category, String where, String branch, boolean required) {
        return new CountyDepartment(new Department(name, shortName, category), where, branch, required);
    }
}
