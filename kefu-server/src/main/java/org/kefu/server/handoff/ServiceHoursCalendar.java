package org.kefu.server.handoff;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Answers whether a team's humans are at work, from {@link HandoffProperties#serviceHours()}. */
@Component
public class ServiceHoursCalendar {

    private final Map<String, ServiceHours> byTeam = new HashMap<>();
    private final ServiceHours always;

    ServiceHoursCalendar(HandoffProperties properties) {
        properties.serviceHours().forEach((team, hours) -> byTeam.put(team, hours.toServiceHours(properties.zone())));
        this.always = ServiceHours.always(properties.zone());
    }

    /** True when the team serves customers at this instant. */
    public boolean isOpen(String teamId, Instant instant) {
        return byTeam.getOrDefault(teamId, always).isOpen(instant);
    }
}
