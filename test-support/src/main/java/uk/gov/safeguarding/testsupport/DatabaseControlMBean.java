package uk.gov.safeguarding.testsupport;

public interface DatabaseControlMBean {

    void cut();

    void restore();
}
