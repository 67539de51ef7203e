package uk.gov.safeguarding.testsupport;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The test resource's controls (broker, database network), reached through the platform MBean server: test
 * classes can be loaded by another class loader than the test resource, so neither statics nor casts would
 * reach the same object, while the MBean server is one per JVM and is called by name.
 */
final class TestControls {

    private TestControls() {
    }

    static void register(String name, Object control) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName objectName = new ObjectName(name);
            if (server.isRegistered(objectName)) {
                server.unregisterMBean(objectName);
            }
            server.registerMBean(control, objectName);
        } catch (JMException e) {
            throw new IllegalStateException(name + " not registered", e);
        }
    }

    static void invoke(String name, String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(name), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException(name + " " + operation + " failed; has SuiteTestInfrastructure started?", e);
        }
    }
}
