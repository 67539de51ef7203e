package uk.gov.safeguarding.testsupport;

import uk.gov.safeguarding.localinfra.KafkaBroker;

/** The tests' Kafka broker, stopped and started by {@link TestBroker} through {@link TestControls}. */
public final class BrokerControl implements BrokerControlMBean {

    static final String NAME = "uk.gov.safeguarding.test:type=BrokerControl";

    private final KafkaBroker broker;

    private BrokerControl(KafkaBroker broker) {
        this.broker = broker;
    }

    static void register(KafkaBroker broker) {
        TestControls.register(NAME, new BrokerControl(broker));
    }

    static void invoke(String operation) {
        TestControls.invoke(NAME, operation);
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
