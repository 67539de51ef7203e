package uk.gov.safeguarding.testsupport;

/** The tests' database network (the relay in front of PostgreSQL), cut and restored through {@link TestControls}. */
public final class DatabaseControl implements DatabaseControlMBean {

    static final String NAME = "uk.gov.safeguarding.test:type=DatabaseControl";

    private final TcpProxy proxy;

    private DatabaseControl(TcpProxy proxy) {
        this.proxy = proxy;
    }

    static void register(TcpProxy proxy) {
        TestControls.register(NAME, new DatabaseControl(proxy));
    }

    /** Takes the database away from the service (connections reset, new ones refused); PostgreSQL keeps running. */
    public static void takeAway() {
        TestControls.invoke(NAME, "cut");
    }

    public static void bringBack() {
        TestControls.invoke(NAME, "restore");
    }

    @Override
    public void cut() {
        proxy.cut();
    }

    @Override
    public void restore() {
        proxy.restore();
    }
}
