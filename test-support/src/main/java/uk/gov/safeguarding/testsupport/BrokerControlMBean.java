package uk.gov.safeguarding.testsupport;

/** The tests' handle on their Kafka broker, registered with the platform MBean server. */
public interface BrokerControlMBean {

    void stop();

    void start();
}
