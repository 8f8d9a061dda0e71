package org.kefu.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** The demo shop's sample catalogue and orders, as given in the demo description. */
final class ShopSampleData {
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    private ShopSampleData() {
    }

    static List<Product> products() {
        return List.of(
                p("P-PH-01", "phones", "星耀 X5 5G 手机 256GB", "Xingyao X5 5G phone 256 GB", "6.7 英寸大屏，5000mAh 电池", "6.7-inch screen, 5000 mAh battery", "3999"),
                p("P-PH-02", "phones", "星耀 X5 Pro 5G 手机 512GB", "Xingyao X5 Pro 5G phone 512 GB", "三摄长焦，夜景清晰", "triple camera with telephoto, sharp night shots", "5499"),
                p("P-PH-03", "phones", "青柠 A3 手机 128GB", "Qingning A3 phone 128 GB", "高性价比，两天一充", "great value, two days per charge", "1299"),
                p("P-PH-04", "phones", "青柠 A3 Plus 手机 256GB", "Qingning A3 Plus phone 256 GB", "大屏大内存", "bigger screen, more storage", "1699"),
                p("P-PH-05", "phones", "云帆 Fold 折叠屏手机", "Yunfan Fold foldable phone", "展开即平板", "unfolds into a tablet", "8999"),
                p("P-PH-06", "phones", "福寿 S1 老人手机", "Fushou S1 senior phone", "大字大声，一键呼救", "large text, loud speaker, SOS button", "399"),
                p("P-EB-01", "earbuds", "声浪 Buds 2 真无线蓝牙耳机", "Shenglang Buds 2 true wireless earbuds", "30 小时续航", "30 hours of playback with the case", "299"),
                p("P-EB-02", "earbuds", "声浪 Buds Pro 降噪耳机", "Shenglang Buds Pro noise-cancelling earbuds", "主动降噪，通透模式", "active noise cancelling, transparency mode", "799"),
                p("P-EB-03", "earbuds", "声浪 Sport 运动蓝牙耳机", "Shenglang Sport earbuds", "IPX5 防水防汗，挂耳不掉", "IPX5 sweat-proof, ear hooks stay put", "199"),
                p("P-EB-04", "earbuds", "声浪 H1 头戴式降噪耳机", "Shenglang H1 over-ear headphones", "40 小时续航，降噪", "40 hours, noise cancelling", "1299"),
                p("P-EB-05", "earbuds", "Type-C 有线耳机", "USB-C wired earphones", "即插即用，带麦克风", "plug and play, with microphone", "49"),
                p("P-CS-01", "cases", "星耀 X5 透明硅胶手机壳", "Xingyao X5 clear silicone case", "轻薄透明，防黄变", "thin, clear, non-yellowing", "39"),
                p("P-CS-02", "cases", "星耀 X5 磁吸皮革手机壳", "Xingyao X5 magnetic leather case", "支持磁吸充电", "works with magnetic chargers", "129"),
                p("P-CS-03", "cases", "青柠 A3 防摔手机壳", "Qingning A3 rugged case", "四角气囊防摔", "air-cushioned corners", "29"),
                p("P-CS-04", "cases", "星耀 X5 Pro 芳纶手机壳", "Xingyao X5 Pro aramid fibre case", "超薄 0.8mm", "ultra-thin 0.8 mm", "99"),
                p("P-CS-05", "cases", "云帆 Fold 折叠屏保护壳", "Yunfan Fold protective case", "铰链全包", "covers the hinge", "159"),
                p("P-CH-01", "chargers", "65W 氮化镓快充充电器", "65 W GaN fast charger", "手机电脑都能充", "charges phones and laptops", "149"),
                p("P-CH-02", "chargers", "20W 快充充电头", "20 W fast charger", "小巧便携", "small and light", "59"),
                p("P-CH-03", "chargers", "10000mAh 充电宝", "10,000 mAh power bank", "可带上飞机", "allowed on flights", "99"),
                p("P-CH-04", "chargers", "15W 无线充电板", "15 W wireless charging pad", "放上即充", "just put the phone down", "129"),
                p("P-CH-05", "chargers", "三合一无线充电座", "3-in-1 wireless charging stand", "手机耳机手表同时充", "phone, earbuds and watch at once", "299"),
                p("P-LT-01", "laptops", "云帆 Book 14 轻薄笔记本 16GB/512GB", "Yunfan Book 14 ultrabook 16 GB / 512 GB", "1.2kg，续航 12 小时", "1.2 kg, 12-hour battery", "4999"),
                p("P-LT-02", "laptops", "云帆 Book 16 Pro 创作本", "Yunfan Book 16 Pro creator laptop", "2.5K 高刷屏，32GB 内存", "2.5K high-refresh screen, 32 GB RAM", "7999"),
                p("P-LT-03", "laptops", "云帆 Air 13 学生笔记本", "Yunfan Air 13 student laptop", "轻便够用，适合上网课", "light and enough for online classes", "3299"),
                p("P-LT-04", "laptops", "风暴 15 游戏本", "Storm 15 gaming laptop", "独立显卡，165Hz 屏幕", "dedicated graphics, 165 Hz screen", "8999"),
                p("P-HM-01", "home", "小云智能音箱 Mini", "Xiaoyun Mini smart speaker", "语音控制家电", "voice control for your home", "199"),
                p("P-HM-02", "home", "扫地机器人 R5", "R5 robot vacuum", "扫拖一体，自动回充", "sweeps and mops, docks itself", "1599"),
                p("P-HM-03", "home", "空气净化器 A1", "A1 air purifier", "除甲醛，适用 40㎡", "removes formaldehyde, rooms up to 40 m²", "899"),
                p("P-HM-04", "home", "护眼智能台灯", "Smart eye-care desk lamp", "无频闪，自动调光", "flicker-free, adjusts itself", "169"),
                p("P-HM-05", "home", "声波电动牙刷", "Sonic electric toothbrush", "一次充电用 60 天", "60 days per charge", "229"));
    }

    static List<Order> orders() {
        String wangAddress = "上海市浦东新区世纪大道 100 号 8 楼";
        return List.of(
                new Order("20241101001", "王小明", "13800138000", "", "P-PH-01", new BigDecimal("3999.00"),
                        at(2026, 11, 22, 10, 15), OrderStatus.SHIPPED, Courier.SF_EXPRESS, "SF1234567890",
                        LocalDate.of(2026, 11, 26), null, wangAddress, null),
                new Order("20241101002", "王小明", "13800138000", "", "P-EB-01", new BigDecimal("299.00"),
                        at(2026, 11, 23, 20, 30), OrderStatus.AWAITING_DISPATCH, null, null, null, null, wangAddress, null),
                new Order("20241101003", "王小明", "13800138000", "", "P-CS-01", new BigDecimal("39.00"),
                        at(2026, 11, 16, 9, 5), OrderStatus.DELIVERED, Courier.SF_EXPRESS, "SF1234500003",
                        null, LocalDate.of(2026, 11, 20), wangAddress, null),
                new Order("20241102001", "Alice Chen", "", "alice@example.com", "P-LT-01", new BigDecimal("4999.00"),
                        at(2026, 11, 23, 14, 0), OrderStatus.SHIPPED, Courier.JD_LOGISTICS, "JD0099887766",
                        LocalDate.of(2026, 11, 27), null, "北京市海淀区中关村大街 1 号", null));
    }

    private static Product p(String id, String category, String zh, String en, String hiZh, String hiEn, String price) {
        return new Product(id, category, new LocalizedText(zh, en), new LocalizedText(hiZh, hiEn), new BigDecimal(price));
    }

    private static java.time.Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(SHOP_ZONE).toInstant();
    }
}
