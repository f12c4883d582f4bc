package org.shouwang.video.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads OASIS CAP 1.2 alerts with the JDK's parser, hardened against XXE: DOCTYPE declarations are refused
 * outright, external entities and DTDs are never loaded, XInclude is off. Mapping: {@code identifier} →
 * external id, {@code sent} → time, the first {@code info/event} → event type, {@code info/description}
 * (or {@code headline}) → description; the camera from an {@code area/geocode} or {@code info/parameter}
 * named {@code cameraCode}, otherwise the nearest camera to the first {@code area/circle}
 * (lat,lng radius-km). Only {@code msgType} Alert and Update are taken.
 */
final class CapAlerts {

	static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

	private static final DocumentBuilderFactory FACTORY = factory();

	private CapAlerts() {
	}

	static IncomingAlert read(byte[] body) {
		Document doc;
		try {
			DocumentBuilder builder = FACTORY.newDocumentBuilder();
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("external entities are not allowed");
			});
			builder.setErrorHandler(new DefaultHandler());
			doc = builder.parse(new ByteArrayInputStream(body));
		}
		catch (SAXException ex) {
			throw VideoProblems.malformed("The body is not well-formed CAP XML (DOCTYPE and entities are not accepted).");
		}
		catch (IOException | ParserConfigurationException ex) {
			throw VideoProblems.malformed("The body could not be read as XML.");
		}
		Element alert = doc.getDocumentElement();
		if (!"alert".equals(alert.getLocalName()) || !NAMESPACE.equals(alert.getNamespaceURI())) {
			throw VideoProblems.malformed("The root element must be a CAP 1.2 <alert> (" + NAMESPACE + ").");
		}
		String identifier = child(alert, "identifier");
		String sent = child(alert, "sent");
		String msgType = child(alert, "msgType");
		if (identifier == null || sent == null) {
			throw VideoProblems.malformed("CAP <identifier> and <sent> are required.");
		}
		if (msgType != null && !msgType.equals("Alert") && !msgType.equals("Update")) {
			throw VideoProblems.malformed("Only CAP msgType Alert and Update are accepted, not " + msgType + ".");
		}
		OffsetDateTime at;
		try {
			at = OffsetDateTime.parse(sent);
		}
		catch (DateTimeParseException ex) {
			throw VideoProblems.malformed("CAP <sent> must be a date-time with an offset.");
		}
		Element info = first(alert, "info");
		if (info == null) {
			throw VideoProblems.malformed("A CAP <info> block is required.");
		}
		String event = child(info, "event");
		if (event == null) {
			throw VideoProblems.malformed("CAP <info><event> is required.");
		}
		String description = child(info, "description");
		if (description == null) {
			description = child(info, "headline");
		}
		String camera = named(info, "parameter");
		Double lat = null;
		Double lng = null;
		Double radius = null;
		for (Element area : children(info, "area")) {
			if (camera == null) {
				camera = named(area, "geocode");
			}
			String circle = child(area, "circle");
			if (circle != null && lat == null) {
				double[] c = circle(circle);
				lat = c[0];
				lng = c[1];
				radius = c[2] * 1000;
			}
		}
		if (camera == null && lat == null) {
			throw VideoProblems.malformed("The CAP alert names no camera (geocode or parameter cameraCode) and no circle.");
		}
		return new IncomingAlert("CAP", identifier, event, camera, lat, lng, radius, at.toInstant(), description);
	}

	private static double[] circle(String text) {
		String[] parts = text.strip().split("\\s+");
		String[] point = parts[0].split(",");
		try {
			double lat = Double.parseDouble(point[0]);
			double lng = Double.parseDouble(point[1]);
			double radius = parts.length > 1 ? Double.parseDouble(parts[1]) : 0;
			if (lat < -90 || lat > 90 || lng < -180 || lng > 180 || radius < 0 || !Double.isFinite(radius)) {
				throw new NumberFormatException();
			}
			return new double[] { lat, lng, radius };
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
			throw VideoProblems.malformed("CAP <circle> must be 'lat,lng radius-km' in WGS84 degrees.");
		}
	}

	/** The value of the first valueName/value pair named cameraCode (or camera) among these elements. */
	private static String named(Element parent, String element) {
		for (Element pair : children(parent, element)) {
			String name = child(pair, "valueName");
			if (name != null && (name.equalsIgnoreCase("cameraCode") || name.equalsIgnoreCase("camera"))) {
				String value = child(pair, "value");
				if (value != null) {
					return value;
				}
			}
		}
		return null;
	}

	private static String child(Element parent, String name) {
		Element e = first(parent, name);
		if (e == null) {
			return null;
		}
		String text = e.getTextContent();
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Element first(Element parent, String name) {
		List<Element> all = children(parent, name);
		return all.isEmpty() ? null : all.get(0);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element e && name.equals(e.getLocalName()) && NAMESPACE.equals(e.getNamespaceURI())) {
				found.add(e);
			}
		}
		return found;
	}

	private static DocumentBuilderFactory factory() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		try {
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The XML parser cannot be hardened against XXE", ex);
		}
		return factory;
	}
}
