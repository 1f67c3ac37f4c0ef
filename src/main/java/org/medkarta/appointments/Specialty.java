package org.medkarta.appointments;

/** The specialties a children's clinic books visits to. */
public enum Specialty {

	PAEDIATRICIAN, ENT, OPHTHALMOLOGIST, NEUROLOGIST, SURGEON, ORTHOPAEDIST, DENTIST, CARDIOLOGIST, ENDOCRINOLOGIST,
	DERMATOLOGIST, ALLERGIST, GASTROENTEROLOGIST

}
