package org.kefu.server.admin;

import tools.jackson.databind.json.JsonMapper;

/** JSON embedded in console pages ({@code <script type="application/json">}) for the charts. */
public final class PageJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PageJson() {}

    /** The value as JSON that cannot end the surrounding script element. */
    public static String of(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
