package uk.gov.safeguarding.testsupport;

/** Takes the tests' Kafka broker away and brings it back, on the same port with the same data. */
public final class TestBroker {

    private TestBroker() {
    }

    public static String bootstrapServers() {
        String bootstrap = System.getProperty(SuiteTestInfrastructure.BOOTSTRAP);
        if (bootstrap == null) {
            throw new IllegalStateException("SuiteTestInfrastructure has not started");
        }
        return bootstrap;
    }

    public static void stop() {
        BrokerControl.invoke("stop");
    }

    public static void start() {
        BrokerControl.invoke("start");
    }
}
