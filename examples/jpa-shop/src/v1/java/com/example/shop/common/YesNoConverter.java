package com.example.shop.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores booleans as 'Y'/'N'. */
@Converter
public class YesNoConverter implements AttributeConverter<Boolean, String> {
    @Override
    public String convertToDatabaseColumn(Boolean b) {
        return b == null ? null : b ? "Y" : "N";
    }

    @Override
    public Boolean convertToEntityAttribute(String s) {
        return s == null ? null : s.equals("Y");
    }
}
