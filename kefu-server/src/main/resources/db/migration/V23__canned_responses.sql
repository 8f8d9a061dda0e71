-- A starter set of canned responses in both languages; admins edit them later.
insert into canned_response (id, shortcut, locale, text) values
 ('cr-hello-zh',  'hello',  'zh-CN', '您好 {customerName}，我是客服{agentName}，很高兴为您服务。'),
 ('cr-hello-en',  'hello',  'en',    'Hello {customerName}, this is {agentName}. How can I help you?'),
 ('cr-wait-zh',   'wait',   'zh-CN', '请稍等，我帮您查询一下。'),
 ('cr-wait-en',   'wait',   'en',    'One moment please, let me check that for you.'),
 ('cr-order-zh',  'order',  'zh-CN', '麻烦提供一下您的订单号，我帮您查看。'),
 ('cr-order-en',  'order',  'en',    'Could you give me your order number, please?'),
 ('cr-thanks-zh', 'thanks', 'zh-CN', '感谢您的耐心，还有其他可以帮您的吗？'),
 ('cr-thanks-en', 'thanks', 'en',    'Thank you for your patience. Is there anything else I can help with?'),
 ('cr-bye-zh',    'bye',    'zh-CN', '感谢您的咨询，祝您生活愉快！稍后请为本次服务评分。'),
 ('cr-bye-en',    'bye',    'en',    'Thanks for contacting us, have a nice day! Please rate this chat in a moment.');
