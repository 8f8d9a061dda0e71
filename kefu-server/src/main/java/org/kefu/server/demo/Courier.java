package org.kefu.server.demo;

/** The demo shop's couriers. */
enum Courier {
    SF_EXPRESS(new LocalizedText("顺丰速运", "SF Express")),
    JD_LOGISTICS(new LocalizedText("京东物流", "JD Logistics"));

    private final LocalizedText name;

    Courier(LocalizedText name) {
        this.name = name;
    }

    LocalizedText displayName() {
        return name;
    }
}
