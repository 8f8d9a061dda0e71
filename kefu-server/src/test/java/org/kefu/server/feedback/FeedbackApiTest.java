package org.kefu.server.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.kefu.server.testbot.KefuServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@KefuServerTest
final class FeedbackApiTest {

    @LocalServerPort int port;
    @Autowired FeedbackStore store;
    @Autowired JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private String conversationId;
    private String token;

    @BeforeEach
    void conversation() throws Exception {
        JsonNode created = json.readTree(call("POST", "/api/v1/conversations", null, "{\"bot\":\"shop\",\"locale\":\"zh-CN\"}").body());
        conversationId = created.get("conversationId").asString();
        token = created.get("visitorToken").asString();
    }

    private HttpResponse<String> call(String method, String path, @Nullable String bearer, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storesTheCustomersSurveyWithStarsAndComment() throws Exception {
        var r = call("POST", "/api/v1/conversations/" + conversationId + "/survey", token, "{\"stars\":5,\"comment\":\" 很好 \"}");

        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(store.latestSurvey(conversationId)).hasValueSatisfying(s -> {
            assertThat(s.stars()).isEqualTo(5);
            assertThat(s.comment()).isEqualTo("很好");
        });
    }

    @Test
    void rejectsStarsOutsideOneToFive() throws Exception {
        assertThat(call("POST", "/api/v1/conversations/" + conversationId + "/survey", token, "{\"stars\":6}").statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/api/v1/conversations/" + conversationId + "/survey", token, "{\"stars\":0}").statusCode())
                .isEqualTo(400);
        assertThat(store.latestSurvey(conversationId)).isEmpty();
    }

    @Test
    void badFeedbackAndLeaveMessageRequestsGetTheChatApisJsonErrors() throws Exception {
        String base = "/api/v1/conversations/" + conversationId;
        JsonNode stars = json.readTree(call("POST", base + "/survey", token, "{\"stars\":9}").body());
        assertThat(stars.path("error").path("code").asString()).isEqualTo("invalid_request");
        assertThat(stars.path("error").path("message").asString()).contains("stars");
        JsonNode broken = json.readTree(call("POST", base + "/survey", token, "{\"stars\":").body());
        assertThat(broken.path("error").path("code").asString()).isEqualTo("malformed_json");
        JsonNode noMessage = json.readTree(call("POST", base + "/messages/999/rating", token, "{\"helpful\":true}").body());
        assertThat(noMessage.path("error").path("code").asString()).isEqualTo("not_found");
        JsonNode empty = json.readTree(call("POST", base + "/leave-message", token, "{\"contact\":\"\",\"message\":\"\"}").body());
        assertThat(empty.path("error").path("code").asString()).isEqualTo("invalid_request");
        HttpResponse<String> unknown = call("POST", "/api/v1/conversations/no-such-conversation/survey", token, "{\"stars\":5}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("error").path("code").asString()).isEqualTo("unknown_conversation");
    }

    @Test
    void onlyTheConversationsOwnCustomerMayRateIt() throws Exception {
        JsonNode other = json.readTree(call("POST", "/api/v1/conversations", null, "{\"bot\":\"shop\",\"locale\":\"zh-CN\"}").body());
        String otherToken = other.get("visitorToken").asString();

        assertThat(call("POST", "/api/v1/conversations/" + conversationId + "/survey", null, "{\"stars\":1}").statusCode())
                .isEqualTo(401);
        assertThat(call("POST", "/api/v1/conversations/" + conversationId + "/survey", otherToken, "{\"stars\":1}").statusCode())
                .isEqualTo(404);
        assertThat(store.latestSurvey(conversationId)).isEmpty();
    }

    @Test
    void recordsAndChangesAVoteOnABotAnswerButNotOnTheCustomersOwnMessage() throws Exception {
        JsonNode sent = json.readTree(call("POST", "/api/v1/conversations/" + conversationId + "/messages", token,
                "{\"clientMsgId\":\"m1\",\"text\":\"运费多少\"}").body());
        long customerSeq = sent.get("seq").asLong();
        long botSeq = customerSeq + 1;
        String rating = "/api/v1/conversations/" + conversationId + "/messages/";

        assertThat(call("POST", rating + botSeq + "/rating", token, "{\"helpful\":false}").statusCode()).isEqualTo(204);
        assertThat(store.rating(conversationId, botSeq)).contains(false);
        assertThat(call("POST", rating + botSeq + "/rating", token, "{\"helpful\":true}").statusCode()).isEqualTo(204);
        assertThat(store.rating(conversationId, botSeq)).contains(true);

        assertThat(call("POST", rating + customerSeq + "/rating", token, "{\"helpful\":true}").statusCode()).isEqualTo(400);
        assertThat(call("POST", rating + "999/rating", token, "{\"helpful\":true}").statusCode()).isEqualTo(404);
        assertThat(call("POST", rating + botSeq + "/rating", token, "{}").statusCode()).isEqualTo(400);
    }
}
