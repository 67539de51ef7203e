package uk.gov.safeguarding.testsupport;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** The database network of the tests, reached by name like {@link BrokerControl}, and for the same reason. */
public final class DatabaseControl implements DatabaseControlMBean {

    static final String NAME = "uk.gov.safeguarding.test:type=DatabaseControl";

    private final TcpProxy proxy;

    private DatabaseControl(TcpProxy proxy) {
        this.proxy = proxy;
    }

    static void register(TcpProxy proxy) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new DatabaseControl(proxy), name);
        } catch (JMException e) {
            throw new IllegalStateException("Database control not registered", e);
        }
    }

    /** Takes the database away from the service (connections reset, new ones refused); PostgreSQL keeps running. */
    public static void takeAway() {
        invoke("cut");
    }

    public static void bringBack() {
        invoke("restore");
    }

    private static void invoke(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(NAME), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("Database control " + operation + " failed; has SuiteTestInfrastructure started?", e);
        }
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
