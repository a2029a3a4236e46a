// SPDX-License-Identifier: Apache-2.0
// The checks before VFIO is touched, against fake sysfs and /dev/vfio trees: each wrong setup
// gets its own error naming the fix, and a good one is found with its IOMMU mode.

#include "vfio_device.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using vfio::canonical_bdf;
using vfio::HostPaths;
using vfio::inspect_function;

TEST(VfioBdf, CanonicalFormsAndRejects) {
  EXPECT_EQ(canonical_bdf("0000:00:04.0"), "0000:00:04.0");
  EXPECT_EQ(canonical_bdf("00:04.0"), "0000:00:04.0");
  EXPECT_EQ(canonical_bdf("1:AB:1f.7"), "0001:ab:1f.7");
  for (const char* bad : {"", "04.0", "0000:00:04", "0000:00:04.8", "0000:00:20.0", "00000:00:04.0",
                          "0000:0g:04.0", "0000:00:04.0 ", "0000-00:04.0"}) {
    EXPECT_EQ(canonical_bdf(bad), "") << bad;
  }
}

// A sysfs tree with one function, and an empty /dev/vfio, under a fresh directory.
class FakeHost : public ::testing::Test {
 protected:
  void SetUp() override {
    char name[] = "/tmp/vfio-test-XXXXXX";
    ASSERT_NE(mkdtemp(name), nullptr);
    m_root = name;
    m_paths.sysfs = m_root + "/sys";
    m_paths.dev_vfio = m_root + "/dev/vfio";
    fs::create_directories(m_paths.dev_vfio);
    fs::create_directories(m_paths.sysfs + "/bus/pci/drivers/vfio-pci");
    fs::create_directories(m_paths.sysfs + "/bus/pci/drivers/nvme");
    fs::create_directories(m_paths.sysfs + "/kernel/iommu_groups/7");
  }
  void TearDown() override { fs::remove_all(m_root); }

  std::string function_dir(const std::string& bdf) const {
    return m_paths.sysfs + "/bus/pci/devices/" + bdf;
  }
  void add_function(const std::string& bdf, const std::string& class_code,
                    const std::string& driver, const std::string& group) {
    const std::string dir = function_dir(bdf);
    fs::create_directories(dir);
    std::ofstream(dir + "/vendor") << "0x1b36\n";
    std::ofstream(dir + "/device") << "0x0010\n";
    std::ofstream(dir + "/class") << class_code << "\n";
    if (!driver.empty()) {
      fs::create_directory_symlink(m_paths.sysfs + "/bus/pci/drivers/" + driver, dir + "/driver");
    }
    if (!group.empty()) {
      fs::create_directory_symlink(m_paths.sysfs + "/kernel/iommu_groups/" + group,
                                   dir + "/iommu_group");
    }
  }
  void add_dev(const std::string& name) { std::ofstream(m_paths.dev_vfio + "/" + name) << ""; }

  std::string error_for(const std::string& bdf) {
    std::string error;
    EXPECT_FALSE(inspect_function(bdf, &error, m_paths)) << bdf;
    return error;
  }

  std::string m_root;
  HostPaths m_paths;
};

TEST_F(FakeHost, AnAddressThatIsNoneIsSaidSo) {
  EXPECT_EQ(error_for("04.0"), "'04.0' is not a PCI address (DDDD:BB:DD.F, e.g. 0000:00:04.0)");
}

TEST_F(FakeHost, AMissingFunctionIsNamed) {
  EXPECT_NE(error_for("0000:00:05.0").find("no PCI function 0000:00:05.0"), std::string::npos);
}

TEST_F(FakeHost, AFunctionThatIsNotNvmeIsRefusedWithItsClass) {
  add_function("0000:00:02.0", "0x020000", "vfio-pci", "7");
  EXPECT_EQ(error_for("00:02.0"),
            "0000:00:02.0 is not an NVMe controller: class 020000, not 010802 (vendor 1b36, "
            "device 0010)");
}

TEST_F(FakeHost, AFunctionBoundElsewhereGetsTheBindingCommands) {
  add_function("0000:00:04.0", "0x010802", "nvme", "7");
  const std::string error = error_for("0000:00:04.0");
  EXPECT_EQ(error.find("0000:00:04.0 is bound to nvme, not vfio-pci; hand it over first: "), 0u)
      << error;
  EXPECT_NE(error.find("echo vfio-pci > /sys/bus/pci/devices/0000:00:04.0/driver_override"),
            std::string::npos);
}

TEST_F(FakeHost, AnUnboundFunctionIsSaidToBeUnbound) {
  add_function("0000:00:04.0", "0x010802", "", "7");
  EXPECT_EQ(error_for("0000:00:04.0").find("0000:00:04.0 is bound to no driver, not vfio-pci"), 0u);
}

TEST_F(FakeHost, NoIommuGroupNamesBothWaysOut) {
  add_function("0000:00:04.0", "0x010802", "vfio-pci", "");
  const std::string error = error_for("0000:00:04.0");
  EXPECT_NE(error.find("has no IOMMU group"), std::string::npos) << error;
  EXPECT_NE(error.find("intel_iommu=on"), std::string::npos);
  EXPECT_NE(error.find("enable_unsafe_noiommu_mode=1"), std::string::npos);
}

TEST_F(FakeHost, AGroupWithoutItsDeviceNodeIsReported) {
  add_function("0000:00:04.0", "0x010802", "vfio-pci", "7");
  EXPECT_NE(error_for("0000:00:04.0")
                .find("IOMMU group 7 of 0000:00:04.0 has no " + m_paths.dev_vfio + "/7"),
            std::string::npos);
}

TEST_F(FakeHost, AGoodFunctionIsFoundWithItsIommuMode) {
  add_function("0000:00:04.0", "0x010802", "vfio-pci", "7");
  add_dev("7");
  std::string error;
  std::optional<vfio::FunctionInfo> info = inspect_function("00:04.0", &error, m_paths);
  ASSERT_TRUE(info) << error;
  EXPECT_EQ(info->bdf, "0000:00:04.0");
  EXPECT_EQ(info->vendor_id, 0x1b36);
  EXPECT_EQ(info->device_id, 0x0010);
  EXPECT_EQ(info->driver, "vfio-pci");
  EXPECT_EQ(info->group, "7");
  EXPECT_EQ(info->group_device, m_paths.dev_vfio + "/7");
  EXPECT_FALSE(info->noiommu);

  fs::remove(m_paths.dev_vfio + "/7");
  add_dev("noiommu-7");
  info = inspect_function("00:04.0", &error, m_paths);
  ASSERT_TRUE(info) << error;
  EXPECT_TRUE(info->noiommu);
  EXPECT_EQ(info->group_device, m_paths.dev_vfio + "/noiommu-7");
}

TEST_F(FakeHost, OpenStopsAtTheFirstVfioStepThatFails) {
  add_function("0000:00:04.0", "0x010802", "vfio-pci", "7");
  add_dev("7");
  std::string error;
  EXPECT_FALSE(vfio::VfioDevice::open("0000:00:04.0", &error, m_paths));
  EXPECT_EQ(error, "cannot open " + m_paths.dev_vfio + "/vfio: No such file or directory");
  add_dev("vfio");  // a plain file: no VFIO container behind it
  EXPECT_FALSE(vfio::VfioDevice::open("0000:00:04.0", &error, m_paths));
  EXPECT_EQ(error, "unknown VFIO API version in " + m_paths.dev_vfio + "/vfio");
}

}  // namespace
