package org.kefu.dialogue.engine;

import java.util.Map;
import org.kefu.dialogue.definition.LocalizedText;

/**
 * The engine's own customer-facing texts, used unless the bot's {@code responses.yml} defines a response
 * of the same name.
 */
final class SystemTexts {

    static final Map<String, LocalizedText> DEFAULTS = Map.ofEntries(
            Map.entry("system.welcome", new LocalizedText(
                    "您好，我是${bot.name}的智能客服，请问有什么可以帮您？",
                    "Hi, I'm the ${bot.name} assistant. How can I help you?")),
            Map.entry("system.fallback", new LocalizedText(
                    "抱歉，我不太确定您的意思。您是想问下面这些吗？也可以转人工客服。",
                    "Sorry, I'm not sure I understood. Did you mean one of these? You can also talk to a person.")),
            Map.entry("system.fallback_rephrase", new LocalizedText(
                    "抱歉，我不太确定您的意思，能换个说法再问一次吗？也可以转人工客服。",
                    "Sorry, I'm not sure I understood. Could you rephrase that? You can also talk to a person.")),
            Map.entry("system.handoff", new LocalizedText(
                    "好的，正在为您转接人工客服，请稍候。客服接入后能看到我们之前的对话，您不用再重复描述。",
                    "OK, I'm passing you to a human agent. Please wait a moment: they will see our conversation, so you won't need to repeat yourself.")),
            Map.entry("system.handoff_offline", new LocalizedText(
                    "人工客服的服务时间是 ${open}–${close}（${zone}），现在不在服务时间内。您可以留言，我们会在上班后尽快联系您。",
                    "Our agents work ${open}–${close} (${zone}) and are not available right now. You can leave a message and we'll get back to you as soon as they're back.")),
            Map.entry("system.leave_message", new LocalizedText(
                    "请直接留下您的问题和联系方式，我们会在上班后第一时间联系您。",
                    "Please leave your question and how to reach you; we'll contact you as soon as we're back.")),
            Map.entry("system.cancelled", new LocalizedText(
                    "好的，已取消。还有什么可以帮您？",
                    "OK, cancelled. Anything else I can help with?")),
            Map.entry("system.connector_failure", new LocalizedText(
                    "抱歉，系统暂时没能查到结果，请稍后再试，或者转人工客服为您处理。",
                    "Sorry, I can't reach our system right now. Please try again in a moment, or talk to a person.")),
            Map.entry("system.reprompt_limit", new LocalizedText(
                    "抱歉，我还是没能识别您的回答。需要为您转人工客服吗？",
                    "Sorry, I still couldn't make that out. Would you like to talk to a person?")),
            Map.entry("system.confirm_yes_no", new LocalizedText(
                    "请回复“是”或“否”。",
                    "Please answer yes or no.")),
            Map.entry("system.resume", new LocalizedText(
                    "我们继续刚才的事情：",
                    "Back to where we were:")),
            Map.entry("system.verify_phone", new LocalizedText(
                    "为了保护您的账户安全，需要先验证身份。请输入您的手机号。",
                    "To protect your account, I need to verify your identity first. Please enter your mobile number.")),
            Map.entry("system.verify_phone_again", new LocalizedText(
                    "手机号格式不对，请输入 11 位手机号，例如 13800138000。",
                    "That doesn't look like a mobile number. Please enter your 11-digit mobile number, e.g. 13800138000.")),
            Map.entry("system.verify_phone_rejected", new LocalizedText(
                    "没能向这个手机号发送验证码，请核对后重新输入您的手机号。",
                    "I couldn't send a code to that number. Please check it and enter your mobile number again.")),
            Map.entry("system.verify_code", new LocalizedText(
                    "验证码已发送到手机 ${phone|mask}，请输入收到的验证码。",
                    "We've sent a one-time code to ${phone|mask}. Please enter it.")),
            Map.entry("system.verify_code_again", new LocalizedText(
                    "请输入短信里的数字验证码（4–8 位数字）。",
                    "Please enter the numeric code from the text message (4 to 8 digits).")),
            Map.entry("system.verify_wrong_code", new LocalizedText(
                    "验证码不正确，请重新输入（还可以尝试 ${remaining} 次）。",
                    "That code is not correct. Please try again (${remaining} attempts left).")),
            Map.entry("system.verify_locked", new LocalizedText(
                    "验证码错误次数过多，为了您的账户安全，本次会话已暂停验证。",
                    "Too many wrong codes: for your security, verification is locked for this conversation.")),
            Map.entry("system.verified", new LocalizedText(
                    "身份验证成功。",
                    "Thanks, your identity is verified.")),
            Map.entry("system.nothing_to_cancel", new LocalizedText(
                    "好的。还有什么可以帮您？",
                    "OK. Anything else I can help with?")),
            Map.entry("system.carried_over", new LocalizedText(
                    "好的，沿用刚才的 ${value}（如果不是这个，直接告诉我正确的即可）。",
                    "OK, using ${value} from before (if that's not the one, just tell me the right one).")),
            Map.entry("system.slot_changed", new LocalizedText(
                    "好的，已改为 ${value}。",
                    "OK, changed to ${value}.")),
            Map.entry("system.no_question", new LocalizedText(
                    "好的，还有什么可以帮您？",
                    "OK. Anything else I can help with?")),
            Map.entry("system.greeting", new LocalizedText(
                    "您好！请问有什么可以帮您？",
                    "Hello! How can I help you?")),
            Map.entry("system.thanks", new LocalizedText(
                    "不客气，很高兴能帮到您！还有其他问题随时问我。",
                    "You're welcome, glad I could help! Ask me anytime.")),
            Map.entry("system.goodbye", new LocalizedText(
                    "再见，祝您生活愉快！",
                    "Goodbye, have a nice day!")),
            Map.entry("button.handoff", new LocalizedText("转人工", "Talk to a person")),
            Map.entry("button.retry", new LocalizedText("再试一次", "Try again")),
            Map.entry("button.cancel", new LocalizedText("取消", "Cancel")),
            Map.entry("button.yes", new LocalizedText("是", "Yes")),
            Map.entry("button.no", new LocalizedText("否", "No")),
            Map.entry("button.leave_message", new LocalizedText("留言", "Leave a message")));

    private SystemTexts() {
    }
}
