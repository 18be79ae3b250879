package org.huizong.form;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The streaming XML parser for the parts of an uploaded workbook: DTDs and external entities are refused outright,
 * so a part cannot reach outside the package or expand entities.
 */
public final class SafeXmlInput {

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private SafeXmlInput() {}

    public static XMLInputFactory factory() {
        return FACTORY;
    }

    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** The next event; a DTD (the door to external entities) ends the reading. */
    public static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("DTD in a workbook part");
        }
        return event;
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
