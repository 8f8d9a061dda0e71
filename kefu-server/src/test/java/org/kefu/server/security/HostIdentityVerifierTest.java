package org.kefu.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

final class HostIdentityVerifierTest {

    private static final String SECRET = "host-site-shared-secret";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static HostIdentityVerifier verifier(Instant now) {
        return new HostIdentityVerifier(new IdentityProperties(SECRET, Duration.ofHours(24)),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    // Signed the way a host site would, independently of our own signing code.
    private static String hostSignature(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsAnIdentityTheHostSiteSignedAsDocumented() throws Exception {
        long ts = NOW.getEpochSecond();
        String sig = hostSignature("c-42\n13800138000\n王小明\n" + ts);

        HostIdentity verified = verifier(NOW).verify(new HostIdentity("c-42", "13800138000", "王小明", ts, sig));

        assertThat(verified.phone()).isEqualTo("13800138000");
    }

    @Test
    void rejectsAChangedPhoneNumber() throws Exception {
        long ts = NOW.getEpochSecond();
        String sig = hostSignature("c-42\n13800138000\n王小明\n" + ts);

        assertThatThrownBy(() -> verifier(NOW).verify(new HostIdentity("c-42", "13900139000", "王小明", ts, sig)))
                .isInstanceOf(InvalidIdentityException.class).hasMessageContaining("signature");
    }

    @Test
    void rejectsOldAndFutureIdentities() {
        HostIdentity signedYesterday = verifier(NOW.minus(Duration.ofHours(25))).sign("c-42", null, null);
        HostIdentity signedTomorrow = verifier(NOW.plus(Duration.ofHours(1))).sign("c-42", null, null);

        assertThatThrownBy(() -> verifier(NOW).verify(signedYesterday)).hasMessageContaining("expired");
        assertThatThrownBy(() -> verifier(NOW).verify(signedTomorrow)).hasMessageContaining("expired");
    }

    @Test
    void rejectsIncompleteAndMalformedIdentities() {
        long ts = NOW.getEpochSecond();

        assertThatThrownBy(() -> verifier(NOW).verify(new HostIdentity(null, null, null, ts, "00")))
                .hasMessageContaining("incomplete");
        assertThatThrownBy(() -> verifier(NOW).verify(new HostIdentity("c-1", null, null, ts, null)))
                .hasMessageContaining("incomplete");
        assertThatThrownBy(() -> verifier(NOW).verify(new HostIdentity("c-1", null, null, ts, "not-hex")))
                .hasMessageContaining("signature");
    }
}
