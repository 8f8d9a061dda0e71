package org.kefu.nlu.faq;

import java.util.List;
import org.kefu.nlu.TrainingData.FaqEntry;

/** A small bilingual shop knowledge base for the FAQ tests. */
final class ShopFaq {
    private ShopFaq() {}

    static List<FaqEntry> entries() {
        return List.of(
                new FaqEntry("shipping_fee", List.of(
                        "运费怎么算", "买东西要付运费吗", "包邮吗", "满多少包邮", "邮费多少钱",
                        "How much is shipping?", "Do you offer free delivery?", "What are the delivery charges?")),
                new FaqEntry("returns", List.of(
                        "怎么退货", "我想退货", "七天无理由退货吗", "退货流程是什么", "商品不满意可以退吗",
                        "How do I return an item?", "What is your return policy?", "Can I send the product back?")),
                new FaqEntry("invoice", List.of(
                        "怎么开发票", "可以开增值税专用发票吗", "发票什么时候寄出", "电子发票在哪里下载",
                        "How can I get an invoice?", "Do you issue VAT invoices?", "Where do I download my receipt?")),
                new FaqEntry("change_address", List.of(
                        "下单后可以改地址吗", "怎么修改收货地址", "地址填错了怎么办",
                        "Can I change my delivery address?", "I entered the wrong shipping address")),
                new FaqEntry("payment_methods", List.of(
                        "支持哪些付款方式", "可以用微信支付吗", "能用信用卡付款吗", "支持花呗分期吗",
                        "What payment methods do you accept?", "Can I pay with PayPal?", "Do you take credit cards?")),
                new FaqEntry("delivery_time", List.of(
                        "多久能到货", "什么时候发货", "下单后几天能收到", "快递一般要几天",
                        "How long does delivery take?", "When will my order ship?", "How many days until it arrives?")),
                new FaqEntry("warranty", List.of(
                        "保修多久", "产品有质保吗", "坏了可以免费维修吗",
                        "How long is the warranty?", "Is the product covered by a guarantee?")));
    }
}
