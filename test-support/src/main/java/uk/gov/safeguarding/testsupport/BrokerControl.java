package uk.gov.safeguarding.testsupport;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import uk.gov.safeguarding.localinfra.KafkaBroker;

/**
 * Exposes the test broker through the platform MBean server: test classes can be loaded by another
 * class loader than the test resource, so neither statics nor casts would reach the same broker, while
 * the MBean server is one per JVM and is called by name.
 */
public final class BrokerControl implements BrokerControlMBean {

    static final String NAME = "uk.gov.safeguarding.test:type=BrokerControl";

    private final KafkaBroker broker;

    private BrokerControl(KafkaBroker broker) {
        this.broker = broker;
    }

    static void register(KafkaBroker broker) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new BrokerControl(broker), name);
        } catch (JMException e) {
            throw new IllegalStateException("Broker control not registered", e);
        }
    }

    static void invoke(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(NAME), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("Broker control " + operation + " failed; has SuiteTestInfrastructure started?", e);
        }
    }

    @Override
    public void stop() {
        broker.stop();
    }

    @Override
    public void start() {
        broker.start();
    }
}
