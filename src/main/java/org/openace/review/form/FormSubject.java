package org.openace.review.form;

/** What a form is about: the usual reasons CBP asks for information or acts on an entry. */
public enum FormSubject {
    CLASSIFICATION("Classification"),
    VALUE("Value"),
    ORIGIN("Country of origin"),
    FTA("Free trade agreement or preference claim"),
    ADCVD("Antidumping or countervailing duty"),
    MARKING("Country of origin marking"),
    OTHER("Other");

    private final String title;

    FormSubject(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
