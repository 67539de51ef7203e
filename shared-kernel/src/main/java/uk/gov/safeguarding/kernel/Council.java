package uk.gov.safeguarding.kernel;

import java.util.List;

/**
 * One of England's children's services authorities: unitary (E06), metropolitan (E08), London (E09) or
 * county (E10) councils.
 *
 * @param onsCode              the canonical code the suite stores (Derby E06000015)
 * @param laNumber             the DfE local authority number (Derby 831)
 * @param statisticalNeighbours the DfE model's ten closest councils, closest first, as LA numbers
 */
public record Council(String onsCode, String laNumber, String name, String regionCode, String region,
                      List<String> formerOnsCodes, List<String> formerLaNumbers, List<String> statisticalNeighbours) {

    public Council {
        formerOnsCodes = List.copyOf(formerOnsCodes);
        formerLaNumbers = List.copyOf(formerLaNumbers);
        statisticalNeighbours = List.copyOf(statisticalNeighbours);
    }
}
