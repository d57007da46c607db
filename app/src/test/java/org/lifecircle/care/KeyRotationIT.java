package org.lifecircle.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.care.elder.KeyRotation;
import org.lifecircle.care.privacy.Access;
import org.lifecircle.care.privacy.Binding;
import org.lifecircle.care.privacy.BlindIndex;
import org.lifecircle.care.privacy.CareKeyProperties;
import org.lifecircle.care.privacy.CareKeys;
import org.lifecircle.care.privacy.FieldCipher;
import org.lifecircle.care.privacy.SensitiveField;
import org.lifecircle.care.privacy.UnreadableValueException;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.Paged;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A rotation as an operator does it: the data was written under k1; the platform now runs with k2 as the current key,
 * k1 retired and the index key moved to k2. Old values are still read; re-encryption and the index rebuild bring
 * every value to k2, after which k1 could go.
 */
@IntegrationTest
class KeyRotationIT {

    static final String K1 = randomKey();
    static final String K2 = randomKey();
    static final String PHONE = "13712340987";

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("lifecircle.care.encryption-key", () -> K2);
        registry.add("lifecircle.care.key-id", () -> "k2");
        registry.add("lifecircle.care.retired-keys.k1", () -> K1);
        registry.add("lifecircle.care.index-key-id", () -> "k2");
    }

    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired ElderService elders;
    @Autowired KeyRotation rotation;
    @Autowired FieldCipher cipher;

    static final Actor ADMIN = new Actor("rotator", Role.DISTRICT_ADMIN, null, null);
    static final Actor DISPATCHER = new Actor("dispatch", Role.CARE_DISPATCHER, null, null);

    @Test
    void oldValuesAreReadThenRewrittenAndReindexed() {
        CareFixture care = new CareFixture(jdbc, accounts, "ROT" + System.nanoTime() % 1_000_000);
        CareKeys before = new CareKeys(new CareKeyProperties(K1, "k1", Map.of(), null, null), new MockEnvironment());
        FieldCipher oldCipher = new FieldCipher(before);
        BlindIndex oldIndex = new BlindIndex(before);
        long id = jdbc.sql("select nextval('elder_id_seq')").query(Long.class).single();
        String number = CareFixture.idNumber("19440404", 971);
        jdbc.sql("""
                insert into elder (id, station_id, community_id, compound_id, name, name_sort, name_initials, birth_date, sex,
                    id_number_enc, id_number_index, phone_enc, phone_index, phone_last4_index, address_enc)
                values (:id, :station, :community, :compound, '钱旧钥', :sort, :initials, '1944-04-04', 'M',
                    :idEnc, :idIndex, :phoneEnc, :phoneIndex, :last4, :address)""")
                .param("id", id).param("station", care.stationA).param("community", care.places.communityA)
                .param("compound", care.compoundA).param("sort", Pinyin.sortKey("钱旧钥")).param("initials", Pinyin.initials("钱旧钥"))
                .param("idEnc", oldCipher.encrypt(number, new Binding("elder", "id_number", id)))
                .param("idIndex", oldIndex.of(BlindIndex.Kind.ID_NUMBER, number))
                .param("phoneEnc", oldCipher.encrypt(PHONE, new Binding("elder", "phone", id)))
                .param("phoneIndex", oldIndex.of(BlindIndex.Kind.PHONE, PHONE))
                .param("last4", oldIndex.of(BlindIndex.Kind.PHONE_LAST4, "0987"))
                .param("address", oldCipher.encrypt("旧地址 1 号", new Binding("elder", "address", id)))
                .update();

        // read with the retired key; the search does not find it yet, its index is still k1's
        assertThat(elders.get(DISPATCHER, id, Set.of(SensitiveField.PHONE), Access.api("test")).phone()).isEqualTo(PHONE);
        assertThat(elders.find(DISPATCHER, PHONE, new Paged.Request(0, 10)).total()).isZero();

        assertThatThrownBy(() -> rotation.reencrypt(DISPATCHER)).isInstanceOf(AccessDeniedException.class);
        assertThat(rotation.reencrypt(ADMIN).values()).isEqualTo(3);
        Map<String, Object> row = jdbc.sql("select * from elder where id = :id").param("id", id).query().singleRow();
        for (String column : new String[] {"id_number_enc", "phone_enc", "address_enc"}) {
            assertThat((String) row.get(column)).startsWith("k2:");
        }
        assertThat(cipher.decrypt((String) row.get("phone_enc"), new Binding("elder", "phone", id))).isEqualTo(PHONE);
        assertThatThrownBy(() -> oldCipher.decrypt((String) row.get("phone_enc"), new Binding("elder", "phone", id)))
                .isInstanceOf(UnreadableValueException.class);
        assertThat(rotation.reencrypt(ADMIN).values()).as("nothing left under k1").isZero();

        rotation.rebuildIndexes(ADMIN);
        for (String query : new String[] {PHONE, "0987", number}) {
            assertThat(elders.find(DISPATCHER, query, new Paged.Request(0, 10)).items())
                    .extracting(e -> e.id()).as(query).containsExactly(id);
        }
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
